// The test of the privacy test: against a copy of the build that sends requests elsewhere — from
// its service worker at start-up (before Playwright can watch it) and from its content script on a
// LinkedIn page — the privacy test's NetLog rule names each of them, though nothing lists those
// hosts. A rule that excused too much (every request, or every host but a list) would pass here.
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtExtension } from './build-snapshot';
import { launch, type Session } from './launch';
import { readNetLog, requestsIn, startedElsewhere } from './net-log';

const FROM_WORKER = 'https://leak.invalid/from-the-worker';
const FROM_CONTENT = 'https://leak.invalid/from-the-content-script';

const dir = mkdtempSync(join(tmpdir(), 'nurture-leak-'));
let session: Session | undefined;
afterAll(async () => {
  await session?.close().catch(() => {});
  rmSync(dir, { recursive: true, force: true });
});

/** The build, copied, with one fetch elsewhere added to the worker and to the content script. */
function leakyBuild(): string {
  const copy = join(dir, 'extension');
  cpSync(builtExtension('chrome'), copy, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(copy, 'manifest.json'), 'utf8')) as {
    background: { service_worker: string };
    content_scripts: { js: string[] }[];
  };
  appendFileSync(join(copy, manifest.background.service_worker), `\nfetch(${JSON.stringify(FROM_WORKER)}).catch(() => {});\n`);
  appendFileSync(join(copy, manifest.content_scripts[0]!.js[0]!), `\n;fetch(${JSON.stringify(FROM_CONTENT)}).catch(() => {});\n`);
  return copy;
}

describe('privacy test, tested', () => {
  it('names what a build sends elsewhere from its worker and its content script', async () => {
    const netLog = join(dir, 'netlog.json');
    session = await launch([`--log-net-log=${netLog}`, '--net-log-capture-mode=Default'], { extension: leakyBuild() });
    // The content script's fetch is refused by the test's routes: that failure says it went out.
    const contentFetch = session.context.waitForEvent('requestfailed', {
      predicate: (request) => request.url() === FROM_CONTENT,
      timeout: 15_000,
    });
    const page = await session.context.newPage();
    await page.goto('https://www.linkedin.com/messaging/thread/2-ada/');
    await contentFetch;
    const extensionId = session.extensionId;
    await session.close();
    session = undefined;

    const found = startedElsewhere(requestsIn(readNetLog(netLog)), extensionId).map(({ url }) => url);
    expect(found).toEqual(expect.arrayContaining([FROM_WORKER, FROM_CONTENT]));
  });
});
