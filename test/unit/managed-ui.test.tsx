// @vitest-environment happy-dom
// What the dashboard shows of the company's policy (issue 27), over the real background with a
// fake storage.managed: the policy's problems in an alert above every view; the company's
// sources marked, not removable, with "Allow access" while their host is not granted; the
// settings it locks or sets disabled, with the reason linked by aria-describedby.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createDbHandle } from '../../src/background/db';
import { Dashboard } from '../../src/dashboard/Dashboard';
import { background } from './helpers/background';

const fake = vi.hoisted(() => ({
  route: null as null | ((message: unknown) => Promise<unknown>),
  granted: new Set<string>(),
  asked: [] as string[],
}));
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: {
      id: 'nurture-id',
      sendMessage: (message: unknown) => fake.route!(structuredClone(message)).then((answer) => structuredClone(answer)),
      openOptionsPage: async () => {},
      onMessage: { addListener: () => {}, removeListener: () => {} },
    },
    i18n: {
      getMessage: (key: string, subs?: string | string[]) => (subs === undefined ? key : `${key}: ${[subs].flat().join(' | ')}`),
      getUILanguage: () => 'en',
    },
    tabs: { query: async () => [], create: async () => {} },
    permissions: {
      contains: async ({ origins }: { origins: string[] }) => origins.every((origin) => fake.granted.has(origin)),
      request: async ({ origins }: { origins: string[] }) => {
        fake.asked.push(...origins);
        for (const origin of origins) fake.granted.add(origin);
        return true;
      },
    },
  },
}));

const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Team</title><item><title>A</title><link>https://team.example.com/a</link></item></channel></rss>`;
const policy = {
  librarySources: [
    { url: 'https://team.example.com/feed', name: 'Marketing picks' },
    { url: 'not a url', name: 'Broken' },
  ],
  utm: { source: 'nurture', medium: 'social', campaign: 'q3-rollout' },
  lockedSettings: ['quietMode', 'messageTemplates', 'colour'],
};

beforeAll(async () => {
  const bg = background({
    db: createDbHandle('nurture-managed-ui'),
    now: () => Date.UTC(2026, 5, 1),
    // Its server does not answer the extension's CORS request: only a granted host is fetched.
    fetch: async (url) =>
      fake.granted.has(`${new URL(String(url)).origin}/*`)
        ? new Response(rss, { status: 200 })
        : Promise.reject(new TypeError('Failed to fetch')),
    canFetch: async (url) => fake.granted.has(`${new URL(url).origin}/*`),
    managed: { get: async () => structuredClone(policy) },
  });
  fake.route = (message) => bg.route(message, { kind: 'extension-page', tabId: undefined });
  await bg.applyPolicy();
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

async function open(hash: string) {
  location.hash = hash;
  await act(async () => {
    render(<Dashboard />, document.body);
  });
}

describe('the policy in the dashboard', () => {
  it("lists the policy's problems in an alert above every view, outside the view's own headings", async () => {
    await open('#library');
    await settle(() => expect(document.querySelector('[role="alert"][data-testid="policy-problems"]')).not.toBeNull());
    const alert = document.querySelector('[data-testid="policy-problems"]')!;
    expect(alert.querySelector('h2')!.textContent).toBe('policyProblemsTitle');
    expect(alert.getAttribute('aria-labelledby')).toBe(alert.querySelector('h2')!.id);
    const items = [...alert.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toHaveLength(2);
    expect(items[0]).toMatch(/^librarySources\[1\]\.url: is not an http\(s\) address/);
    expect(items[1]).toMatch(/^lockedSettings\[2\]: "colour" is not a setting/);
    expect(document.querySelector('main')!.contains(alert)).toBe(false);
  });

  it("marks the company's source, offers no removal, and asks for its host on a click", async () => {
    await open('#sources');
    await settle(() => expect(document.querySelector('li.source[data-managed="true"]')).not.toBeNull());
    const row = document.querySelector<HTMLElement>('li.source[data-managed="true"]')!;
    expect(row.querySelector('strong')!.textContent).toBe('Marketing picks');
    expect(row.querySelector('[data-testid="source-managed"]')!.textContent).toBe('setByCompany');
    expect(row.querySelector('button.danger')).toBeNull();
    // Its sync said why it could not fetch, and the view offers the permission.
    expect(row.textContent).toMatch(/may not fetch team\.example\.com/);
    await settle(() => expect([...row.querySelectorAll('button')].some((button) => button.textContent === 'allowAccess')).toBe(true));
    const allow = [...row.querySelectorAll('button')].find((button) => button.textContent === 'allowAccess')!;
    await act(async () => allow.click());
    expect(fake.asked).toEqual(['https://team.example.com/*']);
    // Synced at once (the list itself follows the background's announcement, which this page does not hear here).
    await settle(() =>
      expect(document.querySelector('[data-testid="import-report"]')?.textContent).toMatch(/^importDone: Marketing picks/),
    );
    await settle(() =>
      expect([...document.querySelectorAll('li.source button')].some((button) => button.textContent === 'allowAccess')).toBe(false),
    );
  });

  it('shows the settings the policy locks or sets disabled, each described by "Set by your company"', async () => {
    await open('#settings');
    await settle(() => expect(document.querySelector<HTMLInputElement>('input[name="utmSource"]')?.disabled).toBe(true));
    const control = (selector: string) => document.querySelector<HTMLInputElement>(selector)!;
    expect(control('input[name="utmSource"]').value).toBe('nurture');
    for (const selector of [
      'input[name="utmSource"]',
      'input[name="utmMedium"]',
      'input[name="campaign"]',
      'input[name="utmEnabled"]',
      'input[name="quietMode"]',
      'textarea[name="template-en"]',
    ]) {
      const element = control(selector);
      expect(element.disabled, selector).toBe(true);
      const note = document.getElementById(element.getAttribute('aria-describedby') ?? '');
      expect(note?.textContent, selector).toBe('setByCompany');
    }
    for (const selector of ['input[name="repId"]', 'input[name="keepReplyText"]', 'input[name="senderName"]']) {
      expect(control(selector).disabled, selector).toBe(false);
      expect(control(selector).hasAttribute('aria-describedby'), selector).toBe(false);
    }
  });

  it('says it in both languages', () => {
    const catalog = (language: string) =>
      JSON.parse(readFileSync(`public/_locales/${language}/messages.json`, 'utf8')) as Record<string, { message: string }>;
    expect(catalog('en')['setByCompany']!.message).toBe('Set by your company');
    expect(catalog('fr')['setByCompany']!.message).toBe('Défini par votre entreprise');
    expect(catalog('en')['policyProblemsTitle']!.message).toBe("Your company's settings have a problem");
    expect(catalog('fr')['policyProblemsTitle']!.message).toBe('Les réglages de votre entreprise ont un problème');
  });
});
