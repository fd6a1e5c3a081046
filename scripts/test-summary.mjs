// Prints one closing line for the whole run, "N passed, N failed", from the vitest JSON
// reports: the unit suite, its date tests in other time zones (test-results/unit-<zone>.json,
// scripts/test-dates.mjs) and the end-to-end suite (CI reads it; vitest's own line is coloured).
import { existsSync, readFileSync, readdirSync } from 'node:fs';

const REQUIRED = ['unit.json', 'unit-pacific-auckland.json', 'unit-america-los-angeles.json', 'e2e.json'];

let passed = 0;
let failed = 0;
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
  failed += report.numFailedTests + report.numPendingTests + report.numTodoTests;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
