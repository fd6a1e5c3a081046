// Prints one closing line for the whole run, "N passed, N failed (…)", from the vitest JSON
// reports: the unit suite, its date tests in other time zones (test-results/unit-<zone>.json,
// scripts/test-dates.mjs), the end-to-end suite in Chromium and the one in Firefox ESR (CI
// reads it; vitest's own line is coloured).
import { existsSync, readFileSync, readdirSync } from 'node:fs';

const REQUIRED = ['unit.json', 'unit-pacific-auckland.json', 'unit-america-los-angeles.json', 'e2e.json', 'e2e-firefox.json'];

let passed = 0;
let failed = 0;
const perTier = { unit: 0, Chromium: 0, Firefox: 0 };
const tierOf = (name) => (name === 'e2e.json' ? 'Chromium' : name === 'e2e-firefox.json' ? 'Firefox' : 'unit');
const found = existsSync('test-results') ? readdirSync('test-results').filter((name) => name.endsWith('.json')) : [];
for (const name of REQUIRED) {
  if (!found.includes(name)) {
    console.error(`test-results/${name} is missing: that suite did not run`);
    process.exit(1);
  }
}
for (const name of found) {
  const report = JSON.parse(readFileSync(`test-results/${name}`, 'utf8'));
  passed += report.numPassedTests;
  perTier[tierOf(name)] += report.numPassedTests;
  failed += report.numFailedTests + report.numPendingTests + report.numTodoTests;
}
console.log(`${passed} passed, ${failed} failed (${perTier.unit} unit, ${perTier.Chromium} Chromium, ${perTier.Firefox} Firefox passed)`);
process.exit(failed === 0 && passed > 0 && perTier.Firefox > 0 ? 0 : 1);
