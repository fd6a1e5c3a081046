// Runs scripts/make-db-fixture.ts (see its header) through vite's module runner: the project's
// TypeScript and JSON imports, with no extra tool. Usage: node scripts/make-db-fixture.run.mjs
import { runnerImport } from 'vite';

const { module } = await runnerImport('/scripts/make-db-fixture.ts', { configFile: false, logLevel: 'warn' });
const path = await module.writeDbFixture(process.cwd());
console.log(`wrote ${path}`);
process.exit(0);
