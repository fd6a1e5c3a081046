// The README's request table is the one the request entries give (scripts/request-table.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { withTable } from '../../scripts/request-table';

it("README's request table matches the request entries", () => {
  const readme = readFileSync('README.md', 'utf8');
  const generated = withTable(readme);
  if (process.env.UPDATE_REQUEST_TABLE === '1') writeFileSync('README.md', generated);
  else expect(readme, 'README.md request table is stale: run `npm run docs:requests`').toBe(generated);
});
