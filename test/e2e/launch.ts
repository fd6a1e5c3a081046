// Starts Chromium with the built extension (this run's copy of dist/chrome) in a fresh profile, LinkedIn routed
// to the saved pages, and hands the test what it needs to look inside.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { builtExtension } from './build-snapshot';
import { QUIET_FLAGS, freshProfile, requireChromium, routeLinkedIn, sandboxFlags } from '../../scripts/chromium.mjs';

export interface Session {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** chrome-extension://<id>/<path> */
  url(path: string): string;
  /** The dashboard tab the extension opened on install (#welcome), when the session kept it. */
  welcome: Page | null;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /**
   * The browser's UI language ("fr"): what chrome.i18n.getUILanguage() answers and so which
   * _locales our pages show. On Linux Chromium takes it from LANGUAGE, elsewhere from --lang;
   * both are given. Unset: the machine's (English on the test machines).
   */
  language?: string;
  /**
   * The time zone the browser lives in (an IANA name such as Pacific/Auckland), as the user's
   * machine would set it; the test runner's own zone by default.
   */
  tz?: string;
  /**
   * Keep the welcome tab the extension opens on install. Off by default: the other tests start
   * from a browser with no tab of ours, as before the first run existed (and one page fewer
   * refetching on every write of a 2-core machine).
   */
  keepWelcome?: boolean;
  /** Another build to load than dist/chrome (the privacy test's leaky copy). */
  extension?: string;
  /**
   * The user's Downloads folder: what the extension downloads lands there under the name it
   * chose, as on a user's machine (Playwright otherwise renames every download into a folder of
   * its own, which hides the subfolder and name our backups choose).
   */
  downloads?: string;
}

/** The tab the extension opens by itself on install: it comes once the worker has started. */
async function welcomeTab(context: BrowserContext, extensionId: string): Promise<Page> {
  const isWelcome = (page: Page) => page.url().startsWith(`chrome-extension://${extensionId}/`) && page.url().endsWith('#welcome');
  // Polled: a tab created by the extension may show about:blank for a moment.
  for (const deadline = Date.now() + 20_000; Date.now() < deadline; await new Promise((done) => setTimeout(done, 50))) {
    const opened = context.pages().find(isWelcome);
    if (opened) return opened;
  }
  throw new Error(
    `The extension opened no welcome tab on install: ${context
      .pages()
      .map((page) => page.url())
      .join(', ')}`,
  );
}

/** `extraArgs`: more Chromium flags (the benchmarks ask for precise memory figures). */
export async function launch(extraArgs: readonly string[] = [], options: LaunchOptions = {}): Promise<Session> {
  const session = await launchOnce(extraArgs, options);
  // An empty catalog (every label '') means the build changed under the browser as it started
  // (test/e2e/build-snapshot.ts): say so here rather than as a hundred blank labels later.
  if (!session.catalogLoaded) {
    await session.close();
    throw new Error(
      'Chromium gave the extension an empty message catalog: its folder changed while the browser started (a build running meanwhile?).',
    );
  }
  return session;
}

async function launchOnce(extraArgs: readonly string[], options: LaunchOptions): Promise<Session & { catalogLoaded: boolean }> {
  const { language, tz } = options;
  const profile = freshProfile();
  if (options.downloads) {
    mkdirSync(join(profile, 'Default'), { recursive: true });
    writeFileSync(
      join(profile, 'Default', 'Preferences'),
      JSON.stringify({ download: { default_directory: options.downloads, prompt_for_download: false, directory_upgrade: true } }),
    );
  }
  const extension = options.extension ?? builtExtension('chrome');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: requireChromium(),
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      ...QUIET_FLAGS,
      ...sandboxFlags(),
      ...(language ? [`--lang=${language}`] : []),
      ...extraArgs,
    ],
    ...(language ? { locale: language } : {}),
    ...(language || tz
      ? { env: { ...process.env, ...(language ? { LANGUAGE: language, LC_ALL: '', LANG: '' } : {}), ...(tz ? { TZ: tz } : {}) } }
      : {}),
  });
  await routeLinkedIn(context);
  if (options.downloads) {
    // Playwright's own download handling off: the browser's, with the folder set above.
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'default' });
    await cdp.detach();
  }
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  const welcome = await welcomeTab(context, extensionId);
  await welcome.waitForLoadState('load');
  const catalogLoaded = (await welcome.evaluate(() => chrome.i18n.getMessage('extName'))) !== '';
  if (!options.keepWelcome) await welcome.close();
  return {
    context,
    worker,
    extensionId,
    welcome: options.keepWelcome ? welcome : null,
    catalogLoaded,
    url: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Evaluates `expression` in our content script's isolated world on `page`, as the content script. */
export async function evaluateInContentScript(page: Page, expression: string): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; name: string; origin: string; auxData?: { type?: string; frameId?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await cdp.send('Runtime.enable');
  // Our content script's world: the isolated one that is not Playwright's own. CDP names it by
  // the extension's origin and name today; the fallback keeps the one candidate should a later
  // Chromium report either differently.
  const isolated = contexts.filter((c) => c.auxData?.type === 'isolated' && !c.name.startsWith('__playwright'));
  const world =
    isolated.find((c) => c.origin.startsWith('chrome-extension://') || c.name === 'Nurture') ??
    (isolated.length === 1 ? isolated[0] : undefined);
  if (!world) throw new Error(`No content-script world on ${page.url()}: ${JSON.stringify(contexts)}`);
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression,
    contextId: world.id,
    awaitPromise: true,
    returnByValue: true,
  });
  await cdp.detach();
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  return result.value;
}

/**
 * Stops the extension's service worker the way Chrome does when it is idle or short of
 * memory: at once, whatever it is doing. `page` is an extension page to drive CDP from. Set up
 * once, so each stop is a single round trip; the next message starts the worker again.
 */
export async function workerStopper(page: Page): Promise<() => Promise<void>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  return async () => {
    await cdp.send('ServiceWorker.stopAllWorkers');
  };
}

/** One browser for the whole test file: started before its first test, closed after its last. */
export function sessionPerFile(started: (session: Session) => void, options: LaunchOptions = {}): void {
  let session: Session | undefined;
  beforeAll(async () => {
    session = await launch([], options);
    started(session);
  });
  afterAll(async () => {
    await session?.close();
  });
}
