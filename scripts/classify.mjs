// `npm run -s classify`: classifies replies read on standard input, one per line, and writes
// `<class id><TAB><reply>` per line (issue 25). One line out for every line in: an empty line
// is `other`. Windows line ends are read as line ends; a very long line is classified on its
// first characters only (classifyReply caps its work) and echoed whole.
// The classifier is TypeScript: read through vite's module runner, as scripts/screenshot.mjs does.
import { once } from 'node:events';
import { dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { module } = await runnerImport('/src/domain/replies/classify.ts', { root, configFile: false, logLevel: 'error' });
const { classifyReply } = module;
const now = Date.now();
// A reader that stops early (`| head`) closes the pipe: that ends the run quietly.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const raw of lines) {
  const reply = raw.replace(/\r$/, '');
  const found = reply.trim() === '' ? 'other' : classifyReply(reply, { now }).class;
  if (!process.stdout.write(`${found}\t${reply}\n`)) await once(process.stdout, 'drain');
}
// Everything written is flushed before the process ends, even into a pipe.
await new Promise((done) => process.stdout.write('', done));
