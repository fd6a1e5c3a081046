// The unit tests that turn timestamps into calendar days, run again in another time zone
// (`npm run test:dates -- Pacific/Auckland`): a UTC date is a day off there for part of every
// day. Each zone writes its own report, test-results/unit-<zone>.json, which the closing
// summary (scripts/test-summary.mjs) counts with the others.
import { spawnSync } from 'node:child_process';

export const DATE_TESTS = [
  'test/unit/local-date.test.ts',
  'test/unit/metrics.test.ts',
  'test/unit/followups.test.ts',
  'test/unit/csv-write.test.ts',
  'test/unit/prospects.test.ts',
  'test/unit/insight-periods.test.ts',
  'test/unit/panel-follow-up.test.ts',
];

const zone = process.argv[2];
if (!zone) {
  console.error('usage: node scripts/test-dates.mjs <IANA time zone>');
  process.exit(2);
}
const report = `test-results/unit-${zone.replace(/[^A-Za-z0-9]+/g, '-').toLowerCase()}.json`;
console.log(`\nDate tests in ${zone}`);
const run = spawnSync(
  'npx',
  ['vitest', 'run', '--config', 'vitest.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...DATE_TESTS],
  { stdio: 'inherit', env: { ...process.env, TZ: zone } },
);
process.exit(run.status ?? 1);
