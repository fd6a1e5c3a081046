// @vitest-environment happy-dom
// What the dashboard tells the user about the protections: an http feed is named as such in
// Sources, and a restore report names the settings the file could not change.
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createDbHandle } from '../../src/background/db';
import { settingsKeptText } from '../../src/dashboard/BackupPanel';
import { Dashboard } from '../../src/dashboard/Dashboard';
import { background } from './helpers/background';

const browserFake = vi.hoisted(() => ({ route: null as null | ((message: unknown) => Promise<unknown>) }));
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: {
      sendMessage: (message: unknown) => browserFake.route!(structuredClone(message)).then((answer) => structuredClone(answer)),
      openOptionsPage: async () => {},
      onMessage: { addListener: () => {}, removeListener: () => {} },
    },
    i18n: {
      getMessage: (key: string, subs?: string | string[]) => (subs === undefined ? key : `${key}: ${[subs].flat().join(' | ')}`),
      getUILanguage: () => 'en',
    },
    tabs: { query: async () => [], create: async () => {} },
    permissions: { request: async () => true, contains: async () => true },
  },
}));

const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Plain</title><item><title>A</title><link>https://blog.example.com/a</link></item></channel></rss>`;

beforeAll(async () => {
  const { route, library } = background({
    db: createDbHandle('nurture-dashboard-warnings'),
    now: () => Date.UTC(2026, 0, 15),
    fetch: async () => new Response(rss, { status: 200 }),
    canFetch: async () => true,
  });
  browserFake.route = (message) => route(message, { kind: 'extension-page', tabId: undefined });
  expect((await library.addFeed('http://blog.example.com/feed')).insecure).toBe(true);
});

afterEach(() => {
  render(null, document.body);
  location.hash = '';
});

async function settle(check: () => void) {
  for (let round = 0; ; round++) {
    try {
      check();
      return;
    } catch (error) {
      if (round > 200) throw error;
      await act(async () => {
        await new Promise((resolve) => setTimeout(resolve, 5));
      });
    }
  }
}

describe('dashboard warnings', () => {
  it('Sources warns that an http feed is not https', async () => {
    location.hash = '#sources';
    await act(async () => {
      render(<Dashboard />, document.body);
    });
    await settle(() => expect(document.querySelector('[data-testid="insecure-feed"]')?.textContent).toBe('feedInsecureWarning'));
  });

  it('the restore report names the settings a backup could not change', () => {
    expect(settingsKeptText([])).toBe('');
    expect(settingsKeptText(['csvSeparator'])).toBe('restoreSettingsKept: quoted: settingCsvSemicolon');
    expect(settingsKeptText(['quietMode', 'keepReplyText'])).toBe(
      'restoreSettingsKept: quoted: settingQuietMode, quoted: settingKeepReplyText restoreKeepReplyTextOff',
    );
  });
});
