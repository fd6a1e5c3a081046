// The request table in docs/development.md is the one the request entries give
// (scripts/request-table.ts). `npm run docs:requests` runs this file with UPDATE_REQUEST_TABLE=1
// to write it instead.
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { TABLE_FILE, withTable } from '../../scripts/request-table';

it(`${TABLE_FILE}'s request table matches the request entries`, () => {
  const page = readFileSync(TABLE_FILE, 'utf8');
  const generated = withTable(page);
  if (process.env.UPDATE_REQUEST_TABLE === '1') writeFileSync(TABLE_FILE, generated);
  else expect(page, `${TABLE_FILE} request table is stale: run \`npm run docs:requests\``).toBe(generated);
});
