// Names of Object.prototype as data, in the real worker (issue 24). A backup whose prospect
// persona or interaction content id was "__proto__" made the Insights summary write
// Object.prototype[0] = NaN in the service worker: from then on every request failed (the schema
// library walks inherited keys) and no button appeared on LinkedIn. Here a crafted backup,
// library files and a team file carry those names, restored and imported through the
// dashboard's own requests and file inputs; then the worker must answer every domain's request,
// Insights included, our button must appear on LinkedIn, and Object.prototype must be as it was
// in the worker and in the dashboard.
import type { Page, Worker } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sessionPerFile, type Session } from './launch';
import { OurUi, SHARE } from './our-ui';

let session: Session;
sessionPerFile((started) => (session = started));

const THREAD = 'https://www.linkedin.com/messaging/thread/2-ada/';

/** What a context shows of its Object.prototype: the bug left an enumerable "0" there. */
interface PrototypeState {
  names: string[];
  enumerable: string[];
  inherited: string[];
  zero: unknown;
  /** Own keys of Object itself and of toString: `cells["constructor"]` wrote into Object. */
  objectKeys: string[];
  toStringKeys: string[];
}
const readPrototype = (): PrototypeState => {
  const inherited: string[] = [];
  for (const key in {}) inherited.push(key);
  return {
    names: Object.getOwnPropertyNames(Object.prototype).sort(),
    enumerable: Object.keys(Object.prototype),
    inherited,
    zero: ({} as { 0?: unknown })[0] ?? null,
    objectKeys: Object.getOwnPropertyNames(Object).sort(),
    toStringKeys: Object.getOwnPropertyNames(Object.prototype.toString).sort(),
  };
};

/** The service worker as it is now (it may have been restarted since the session began). */
const worker = (): Worker => session.context.serviceWorkers()[0] ?? session.worker;
const inWorker = (): Promise<PrototypeState> => worker().evaluate(readPrototype);

async function ask(page: Page, type: string, payload: unknown): Promise<Record<string, unknown>> {
  const answer = (await page.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [type, payload] as const)) as
    { ok: boolean; value: Record<string, unknown>; error?: unknown } | undefined;
  if (!answer?.ok) throw new Error(`${type}: ${JSON.stringify(answer?.error ?? answer)}`);
  return answer.value;
}

/** The crafted backup: the names as persona, content id, tag, name, title, unknown fields; built from a real export. */
function craftedBackup(exported: string): string {
  const backup = JSON.parse(exported) as { stores: Record<string, unknown[]> };
  const now = Date.now();
  const item = (id: string, title: string) => ({
    id,
    url: `https://example.com/resources/${encodeURIComponent(id)}`,
    title,
    summary: 'hasOwnProperty',
    format: 'case-study',
    language: 'en',
    topics: ['toLocaleString', 'valueOf'],
    personas: ['propertyIsEnumerable'],
    stages: ['evaluation'],
    captions: [{ language: 'en', text: 'isPrototypeOf {link}' }],
    publishedAt: null,
    expiresAt: null,
    freshAt: now,
    sourceId: null,
    example: false,
    addedAt: now,
    updatedAt: now,
    curatedAt: null,
  });
  const person = (id: string, name: string, persona: string) => ({
    id,
    name,
    headline: 'valueOf',
    company: '__defineGetter__',
    persona,
    stage: 'consideration',
    tags: ['constructor', 'hasOwnProperty'],
    notes: '__lookupSetter__',
    nextFollowUp: null,
    createdAt: now - 9e8,
    lastContactAt: null,
    lastReplyAt: null,
  });
  const base = { channel: 'message', url: 'https://www.linkedin.com/messaging/thread/2-abc/', externalId: null, note: '' };
  backup.stores['content'] = [item('__proto__', 'Proto case study'), item('constructor', 'Constructor white paper')];
  backup.stores['prospects'] = [
    person('/in/ada-sample-42', 'toString', '__proto__'),
    person('/in/__proto__', 'constructor', 'constructor'),
  ];
  backup.stores['interactions'] = [
    { ...base, id: 1, at: now - 5e6, kind: 'shared', prospectId: '/in/ada-sample-42', contentId: '__proto__', status: 'sent' },
    {
      ...base,
      id: 2,
      at: now - 4e6,
      kind: 'replied',
      prospectId: '/in/ada-sample-42',
      contentId: null,
      externalId: 'e2e-reply-proto',
      note: 'toString',
    },
    { ...base, id: 3, at: now - 3e6, kind: 'shared', prospectId: '/in/__proto__', contentId: 'constructor', status: 'sent' },
    {
      ...base,
      id: 4,
      at: now - 2e6,
      kind: 'stage',
      prospectId: '/in/__proto__',
      contentId: null,
      stageFrom: 'awareness',
      stageTo: 'consideration',
    },
  ];
  // Unknown fields named by them too, as own keys ("__proto__" stays one through JSON).
  return JSON.stringify(backup).replace(
    /"id":"\/in\/ada-sample-42",/,
    '"__proto__":{"0":"polluted"},"constructor":{"prototype":{"polluted":1}},"toString":"x","id":"/in/ada-sample-42",',
  );
}

const LIBRARY = JSON.stringify({
  nurture: 'library',
  version: 1,
  items: [
    {
      url: 'https://example.com/lib/valueOf',
      title: '__proto__',
      summary: 'constructor',
      topics: ['toString'],
      personas: ['__proto__'],
      captions: ['hasOwnProperty', { language: 'fr', text: 'isPrototypeOf' }],
    },
  ],
}).replace('"title":"__proto__"', '"__proto__":{"0":1},"constructor":"x","title":"__proto__"');
const CSV = 'url,title,persona,caption constructor,constructor,__proto__\r\nhttps://example.com/lib/csv,toString,__proto__,valueOf,x,y\r\n';
const RSS =
  '<?xml version="1.0"?><rss version="2.0"><channel><title>constructor</title><item><title>__proto__</title><link>https://example.com/lib/rss</link>' +
  '<category>toString</category><description>hasOwnProperty</description><guid>valueOf</guid></item></channel></rss>';

const TEAM = JSON.stringify({
  format: 'nurture-team-stats',
  version: 1,
  installId: '3c9a5f1e-2b4d-4c6e-9f8a-1b2c3d4e5f60',
  label: 'constructor',
  exportNumber: 1,
  period: { from: '2026-11-02', to: '2026-11-29' },
  items: [
    {
      url: 'https://example.com/resources/team',
      title: 'toString',
      shares: 4,
      sent: 3,
      replies: 2,
      byPersona: [
        { key: '__proto__', shares: 2, sent: 2, replies: 1 },
        { key: 'constructor', shares: 1, sent: 1, replies: 1 },
      ],
      byStage: [{ key: 'evaluation', shares: 2, sent: 2, replies: 1 }],
    },
  ],
});

describe('names of Object.prototype as data, in Chromium', () => {
  it('a crafted backup, library files and a team file leave the worker answering and Object.prototype untouched', async () => {
    const before = await inWorker();
    expect(before.enumerable).toEqual([]);

    const dashboard = await session.context.newPage();
    await dashboard.goto(session.url('src/dashboard/index.html#data'));
    const pageBefore = await dashboard.evaluate(readPrototype);

    // The backup, restored through the dashboard's own request.
    const { text } = (await ask(dashboard, 'backup.export', {})) as { text: string };
    const restored = await ask(dashboard, 'backup.import', { text: craftedBackup(text), mode: 'replace' });
    expect(restored['restored']).toMatchObject({ prospects: 2, interactions: 4, content: 2 });
    expect(restored['droppedFields']).toEqual(
      expect.arrayContaining(['prospects.__proto__', 'prospects.constructor', 'prospects.toString']),
    );

    // Insights counts per persona and per content id: the summary is built from them (a rebuild), then followed person by person.
    const all = (await ask(dashboard, 'insights.compute', {})) as {
      insights: { byPersona: { key: string }[]; byContent: { key: string }[] };
      titles: [string, string][];
    };
    expect(all.insights.byPersona.map((row) => row.key).sort()).toEqual(['__proto__', 'constructor']);
    expect(all.insights.byContent.map((row) => row.key).sort()).toEqual(['__proto__', 'constructor']);
    expect(all.titles).toContainEqual(['__proto__', 'Proto case study']);
    await ask(dashboard, 'prospects.update', { id: '/in/__proto__', patch: { persona: 'hasOwnProperty', tags: ['__proto__'] } });
    await ask(dashboard, 'insights.compute', { period: '4w' });

    // Library files: our JSON, a CSV, a feed.
    for (const [fileName, fileText] of [
      ['constructor.json', LIBRARY],
      ['__proto__.csv', CSV],
      ['toString.xml', RSS],
    ]) {
      const report = await ask(dashboard, 'library.importFile', { fileName, text: fileText });
      expect(report['error'], fileName).toBeNull();
    }

    // The worker still answers every domain, and its Object.prototype is as it was.
    const requests: [string, unknown][] = [
      ['app.ping', {}],
      ['settings.get', {}],
      ['prospects.list', {}],
      ['prospects.list', { persona: '__proto__' }],
      ['prospects.today', {}],
      ['library.search', { text: '' }],
      ['library.search', { text: 'constructor', personas: ['__proto__'] }],
      ['library.facets', {}],
      ['activity.page', { filter: {}, before: null, limit: 50 }],
      ['onboarding.status', {}],
      ...['4w', '12w', 'quarter', 'all'].map((period): [string, unknown] => ['insights.compute', { period }]),
    ];
    for (const [type, payload] of requests) await ask(dashboard, type, payload);
    const after = await inWorker();
    expect(after).toEqual(before);
    expect(after.zero).toBeNull();

    // The dashboard shows them: Insights ranks the content by its title, personas by their names.
    await dashboard.goto(session.url('src/dashboard/index.html#insights'));
    await expect
      .poll(() => dashboard.getByTestId('ranking-table').locator('tbody th').allTextContents(), { timeout: 20_000 })
      .toEqual(expect.arrayContaining(['Proto case study', 'Constructor white paper']));

    // The team file, loaded as a manager does: merged in the page, its keys names of Object.prototype.
    await dashboard.getByTestId('team-stats').waitFor({ timeout: 10_000 });
    await dashboard
      .locator('input[name="team-files"]')
      .setInputFiles({ name: 'constructor.json', mimeType: 'application/json', buffer: Buffer.from(TEAM) });
    await dashboard.getByTestId('team-view').waitFor({ timeout: 10_000 });
    const personas = await dashboard.getByTestId('team-persona').locator('tbody tr td:first-child').allTextContents();
    expect(personas.sort()).toEqual(['__proto__', 'constructor']);
    expect(await dashboard.evaluate(readPrototype)).toEqual(pageBefore);

    // And LinkedIn still gets our button: the content script's first requests are answered.
    const page = await session.context.newPage();
    await page.goto(THREAD);
    await (await OurUi.of(page)).find({ role: 'button', name: SHARE });
    await page.close();

    expect(await inWorker()).toEqual(before);
    await dashboard.close();
  });
});
