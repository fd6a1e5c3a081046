// Names of Object.prototype's members as data (issue 24): a backup whose prospect persona or
// interaction content id was "__proto__" wrote Object.prototype[0] = NaN in the worker through a
// count keyed by it, and every request failed from then on. Here those names go into every
// free-text field of every input the extension accepts (a backup, library files and feeds, team
// stats files, CSV, every request's payload, unknown fields and keys included), through the
// whole background behind its router; then a request of every domain must still answer, the
// insights summary must still recompute (rebuilt and followed person by person), and
// Object.prototype (and Array.prototype) must be exactly as before.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDbHandle } from '../../src/background/db';
import type { Sender } from '../../src/background/router';
import { REQUESTS, type Answers, type RequestType } from '../../src/contract/index';
import { PERIODS } from '../../src/domain/insights/periods';
import { mergeTeamStats } from '../../src/domain/team/team-merge';
import { readTeamStats, TEAM_STATS_FORMAT, TEAM_STATS_VERSION } from '../../src/domain/team/team-stats-format';
import { valid } from '../data/valid-payloads';
import { background } from './helpers/background';
import { streamedCsv } from './helpers/export-csv';

/** Every name Object.prototype answers to (__proto__, constructor, toString, hasOwnProperty…), and "prototype". */
const NAMES = [...Object.getOwnPropertyNames(Object.prototype), 'prototype'];

const page: Sender = { kind: 'extension-page', tabId: undefined };
const content: Sender = { kind: 'linkedin-content', tabId: 3 };
const NOW = new Date(2026, 10, 25, 12).getTime(); // a Wednesday, local
const DAY = 86_400_000;

// ---------------------------------------------------------------------------------------------
// Object.prototype, before and after.

type Described = [string | symbol, PropertyDescriptor | undefined][];
interface PrototypeState {
  object: Described;
  array: Described;
  /** Object itself and the methods of Object.prototype: `cells["constructor"]` hands back Object, `cells["toString"]` a method. */
  methods: Described[];
  /** What an empty object answers for 0: the bug wrote NaN there. */
  zero: unknown;
  /** What `for…in` finds on an empty object: an enumerable member breaks every schema check. */
  inherited: string[];
}
const described = (target: object): Described => Reflect.ownKeys(target).map((key) => [key, Object.getOwnPropertyDescriptor(target, key)]);
function prototypeState(): PrototypeState {
  const inherited: string[] = [];
  for (const key in {}) inherited.push(key);
  return {
    object: described(Object.prototype),
    array: described(Array.prototype),
    methods: builtIns().map(described),
    zero: ({} as { 0?: unknown })[0],
    inherited,
  };
}
/** Object, and every function Object.prototype holds (its getters and setters included). */
function builtIns(): object[] {
  const found = new Set<object>([Object]);
  for (const key of Reflect.ownKeys(Object.prototype)) {
    const descriptor = Object.getOwnPropertyDescriptor(Object.prototype, key)!;
    for (const part of [descriptor.value, descriptor.get, descriptor.set]) if (typeof part === 'function') found.add(part);
  }
  return [...found];
}

/** Puts a prototype back as it was (a failing run must not poison the next ones). */
function restore(target: object, before: Described): void {
  const keep = new Set(before.map(([key]) => key));
  for (const key of Reflect.ownKeys(target)) if (!keep.has(key)) Reflect.deleteProperty(target, key);
  for (const [key, descriptor] of before) if (descriptor) Object.defineProperty(target, key, descriptor);
}

let baseline: PrototypeState;
const restoreAll = () => {
  restore(Object.prototype, baseline.object);
  restore(Array.prototype, baseline.array);
  builtIns().forEach((target, i) => restore(target, baseline.methods[i] ?? []));
};
beforeEach(() => {
  baseline = prototypeState();
});
afterEach(() => restoreAll());

function expectUntouched(): void {
  const now = prototypeState();
  // Names first: a diff of every descriptor would bury the one that changed.
  expect(now.object.map(([key]) => String(key))).toEqual(baseline.object.map(([key]) => String(key)));
  expect(now.array.map(([key]) => String(key))).toEqual(baseline.array.map(([key]) => String(key)));
  expect(now).toEqual(baseline);
  expect(({} as { 0?: unknown })[0]).toBeUndefined();
  expect(Object.keys(Object.prototype)).toEqual([]);
}

// ---------------------------------------------------------------------------------------------
// The inputs, each free-text field filled by `pick()`.

type Pick = () => string;
/** A name in an address, a profile path, an id: where the field has a shape, the name fills its free part. */
const slug = (name: string) => encodeURIComponent(name);

/** Own properties named by the names (JSON.parse makes "__proto__" an own key too), as a hostile file has them. */
function withNameKeys<T extends object>(record: T, names: readonly string[], value: unknown = 'x'): T {
  for (const name of names) Object.defineProperty(record, name, { value, enumerable: true, configurable: true, writable: true });
  return record;
}

/** The backup's text, and the persona and content id its counted share carries. */
function backupFile(pick: Pick, extraKeys: readonly string[]): { text: string; persona: string; itemId: string; title: string } {
  const at = (days: number) => NOW - days * DAY;
  const itemId = pick();
  const persona = pick();
  const title = pick();
  const items = [
    {
      id: itemId,
      url: `https://example.com/${slug(pick())}`,
      title,
      summary: pick(),
      format: 'article',
      language: 'en',
      topics: [pick(), pick()],
      personas: [pick()],
      stages: ['awareness'],
      captions: [withNameKeys({ language: 'en', text: `${pick()} {link}` }, extraKeys)],
      publishedAt: at(20),
      expiresAt: null,
      freshAt: at(20),
      sourceId: 'file',
      example: false,
      addedAt: at(20),
      updatedAt: at(20),
      curatedAt: null,
      pack: withNameKeys({ id: 'pack', name: pick(), version: pick() }, extraKeys),
    },
  ];
  const sources = [
    {
      id: 'file',
      kind: 'json',
      label: pick(),
      url: null,
      etag: pick(),
      lastModified: pick(),
      addedAt: at(20),
      lastSync: withNameKeys({ at: at(20), added: 1, updated: 0, unchanged: 0, rejected: 0, error: pick(), notModified: false }, extraKeys),
      pack: { id: 'pack', name: pick(), version: pick(), expiresAt: null, personas: [pick()], stages: ['awareness'] },
    },
  ];
  const person = (id: string, created: number) => ({
    id,
    name: pick(),
    headline: pick(),
    company: pick(),
    location: pick(),
    persona,
    stage: 'consideration',
    tags: [pick(), pick()],
    notes: pick(),
    nextFollowUp: at(1),
    createdAt: at(created),
    lastContactAt: at(10),
    lastReplyAt: null,
  });
  const ada = '/in/ada';
  const named = `/in/${slug(pick())}`;
  const prospects = [person(ada, 30), person(named, 25)];
  const base = { channel: 'message', url: 'https://www.linkedin.com/messaging/thread/2-x/', externalId: null, note: '' };
  const interactions = [
    {
      ...base,
      id: 1,
      at: at(12),
      kind: 'shared',
      prospectId: ada,
      contentId: itemId,
      status: 'sent',
      link: `https://example.com/${slug(pick())}?utm_term=x`,
      captionIndex: 0,
    },
    { ...base, id: 2, at: at(11), kind: 'replied', prospectId: ada, contentId: null, externalId: `linkedin:${pick()}-2`, note: pick() },
    {
      ...base,
      id: 3,
      at: at(10),
      kind: 'stage',
      prospectId: ada,
      contentId: null,
      stageFrom: 'awareness',
      stageTo: 'consideration',
      note: pick(),
    },
    { ...base, id: 4, at: at(9), kind: 'shared', prospectId: named, contentId: pick(), status: 'sent', link: 'https://example.com/x' },
    {
      ...base,
      id: 5,
      at: at(8),
      kind: 'shared',
      prospectId: null,
      contentId: itemId,
      status: 'draft',
      personName: pick(),
      link: 'https://example.com/y',
    },
    { ...base, id: 6, at: at(7), kind: 'note', prospectId: named, contentId: null, channel: 'other', url: null, note: pick() },
    { ...base, id: 7, at: at(6), kind: 'replied', prospectId: null, contentId: null, externalId: `linkedin:${pick()}-7` },
  ].map((entry) => withNameKeys(entry, extraKeys));
  const settings = [
    {
      key: 'user',
      value: withNameKeys({ repId: 'ana', senderName: pick(), messageTemplates: [{ language: 'en', text: pick() }] }, extraKeys, {
        polluted: true,
      }),
    },
    { key: pick(), value: withNameKeys({}, extraKeys) },
  ];
  const stores = {
    content: items.map((item) => withNameKeys(item, extraKeys)),
    sources: sources.map((source) => withNameKeys(source, extraKeys)),
    prospects: prospects.map((p) => withNameKeys(p, extraKeys)),
    interactions,
    settings,
  };
  const text = JSON.stringify(
    withNameKeys({ nurture: 'backup', schemaVersion: 1, exportedAt: NOW, stores: withNameKeys(stores, extraKeys, []) }, extraKeys, {
      polluted: true,
    }),
  );
  return { text, persona, itemId, title };
}

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** An XML element name from a name, when it can be one ("__proto__" can; "0" cannot). */
const element = (name: string) => (/^[A-Za-z_][\w.-]*$/.test(name) ? name : `x${name.replace(/[^\w.-]/g, '')}`);

/** Library files and feeds in every format the library reads, names in every text and as keys, columns and elements. */
function libraryFiles(pick: Pick, extraKeys: readonly string[]): { fileName: string; text: string }[] {
  const url = () => `https://example.com/lib/${slug(pick())}`;
  const json = {
    nurture: 'library',
    version: 1,
    pack: withNameKeys({ name: pick(), personas: [pick()], stages: ['awareness'] }, extraKeys),
    items: [
      withNameKeys(
        {
          url: url(),
          title: pick(),
          summary: pick(),
          topics: [pick(), pick()],
          personas: [pick()],
          captions: [pick(), withNameKeys({ language: 'fr', text: pick() }, extraKeys)],
        },
        extraKeys,
      ),
      withNameKeys({ url: url(), title: pick(), format: pick(), stages: [pick()] }, extraKeys),
    ],
  };
  const bare = [withNameKeys({ url: url(), title: pick(), personas: [pick()] }, extraKeys)];
  const header = [
    'url',
    'title',
    'persona',
    'tags',
    'stage',
    `caption ${pick()}`,
    `légende ${pick()}`,
    pick(),
    ...extraKeys,
    'pack',
    `pack ${pick()}`,
  ];
  const row = () => [
    url(),
    pick(),
    pick(),
    `${pick()}|${pick()}`,
    'awareness',
    pick(),
    pick(),
    pick(),
    ...extraKeys.map(() => pick()),
    'Pack',
    pick(),
  ];
  const csv = [header, row(), row()].map((cells) => cells.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(',')).join('\r\n');
  const tag = element(pick());
  const rss =
    `<?xml version="1.0"?><rss version="2.0" xmlns:nurture="https://nurture-selling.app/ns/pack/1"><channel><title>${xml(pick())}</title><nurture:pack id="p">${xml(pick())}</nurture:pack><nurture:persona>${xml(pick())}</nurture:persona>` +
    `<item><title>${xml(pick())}</title><link>${xml(url())}</link><guid>${xml(pick())}</guid><description>${xml(pick())}</description><category>${xml(pick())}</category>` +
    `<nurture:persona>${xml(pick())}</nurture:persona><nurture:caption xml:lang="en">${xml(pick())}</nurture:caption><${tag} ${element(pick())}="${xml(pick())}">${xml(pick())}</${tag}></item></channel></rss>`;
  const atom =
    `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>${xml(pick())}</title><id>${xml(pick())}</id>` +
    `<entry><title>${xml(pick())}</title><link href="${xml(url())}"/><id>${xml(pick())}</id><summary>${xml(pick())}</summary><category term="${xml(pick())}"/><updated>2026-11-20T10:00:00Z</updated><${tag}>${xml(pick())}</${tag}></entry></feed>`;
  const feed = withNameKeys(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: pick(),
      _nurture: withNameKeys({ pack: withNameKeys({ name: pick(), personas: [pick()] }, extraKeys) }, extraKeys),
      items: [
        withNameKeys(
          {
            id: pick(),
            url: url(),
            title: pick(),
            content_text: pick(),
            tags: [pick()],
            _nurture: withNameKeys({ personas: [pick()], captions: [pick()], format: pick() }, extraKeys),
          },
          extraKeys,
        ),
      ],
    },
    extraKeys,
  );
  return [
    { fileName: `${pick()}.json`, text: JSON.stringify(json) },
    { fileName: `${pick()}.json`, text: JSON.stringify(bare) },
    { fileName: `${pick()}.csv`, text: csv },
    { fileName: `${pick()}.xml`, text: rss },
    { fileName: `${pick()}.atom`, text: atom },
    { fileName: `${pick()}.json`, text: JSON.stringify(feed) },
  ];
}

/** A team stats file with the names as persona keys, titles and label (and as unknown keys: refused whole). */
function teamFiles(pick: Pick, extraKeys: readonly string[]): string[] {
  const row = (key: string) => ({ key, shares: 2, sent: 1, replies: 1 });
  const file = (installId: string) => ({
    format: TEAM_STATS_FORMAT,
    version: TEAM_STATS_VERSION,
    installId,
    label: pick(),
    exportNumber: 1,
    period: { from: '2026-11-02', to: '2026-11-29' },
    items: [
      {
        url: `https://example.com/${slug(pick())}`,
        title: pick(),
        shares: 4,
        sent: 2,
        replies: 2,
        byPersona: [row(pick()), row(`${pick()} `)],
        byStage: [row('awareness')],
      },
    ],
  });
  const one = file('0b6d5c3e-1f2a-4b3c-8d4e-5f6a7b8c9d0e');
  const two = file('1b6d5c3e-1f2a-4b3c-8d4e-5f6a7b8c9d0e');
  return [JSON.stringify(one), JSON.stringify(two), JSON.stringify(withNameKeys(file('2b6d5c3e-1f2a-4b3c-8d4e-5f6a7b8c9d0e'), extraKeys))];
}

// ---------------------------------------------------------------------------------------------
// Every request's payload with the names in it: each string the schema reads as text becomes a
// name (in the free part of a path or an address), each record key a name.

interface SchemaNode {
  type: string;
  entries?: Record<string, SchemaNode>;
  wrapped?: SchemaNode;
  item?: SchemaNode;
  options?: SchemaNode[];
}

function named(schema: SchemaNode, value: unknown, pick: Pick): unknown {
  if (value === null || value === undefined) return value;
  if (schema.wrapped) return named(schema.wrapped, value, pick);
  switch (schema.type) {
    case 'string': {
      const text = String(value);
      if (text.startsWith('/in/')) return `/in/${slug(pick())}`;
      if (/^https?:\/\//.test(text)) return `${new URL(text).origin}/${slug(pick())}`;
      return pick();
    }
    case 'array':
      return (value as unknown[]).map((item) => named(schema.item!, item, pick));
    case 'record':
      return Object.fromEntries(Object.values(value as object).map((item) => [pick().toLowerCase(), item]));
    case 'union':
    case 'variant': {
      const option = schema.options!.find((candidate) => v.is(candidate as unknown as v.GenericSchema, value));
      return option ? named(option, value, pick) : value;
    }
    case 'object':
    case 'strict_object':
    case 'loose_object':
      return Object.fromEntries(
        Object.entries(value as object).map(([key, inner]) => [
          key,
          schema.entries?.[key] ? named(schema.entries[key], inner, pick) : inner,
        ]),
      );
    default:
      return value;
  }
}

/** The payload as JSON with own keys named by the names first: what a hostile page or file would send. */
function withKeysFirst(payload: unknown, names: readonly string[]): unknown {
  const keys = names.map((name) => `${JSON.stringify(name)}:{"0":"polluted","polluted":true}`).join(',');
  const body = JSON.stringify(payload);
  return JSON.parse(body === '{}' ? `{${keys}}` : `{${keys},${body.slice(1)}`);
}

// ---------------------------------------------------------------------------------------------

/** What every domain must still answer, and answer well, after the hostile inputs. */
function representative(pick: Pick): [RequestType, unknown, Sender][] {
  const name = pick();
  return [
    ['app.ping', {}, page],
    ['db.stats', {}, page],
    ['settings.get', {}, page],
    ['content.config', {}, content],
    ['prospects.list', {}, page],
    ['prospects.list', { persona: name, tag: pick() }, page],
    ['prospects.today', {}, page],
    ['prospects.get', { id: '/in/ada' }, page],
    ['prospects.timeline', { id: '/in/ada' }, page],
    ['prospects.find', { profilePath: null, name }, page],
    ['library.search', { text: '' }, page],
    ['library.search', { text: name, personas: [pick()] }, content],
    ['library.facets', {}, page],
    ['library.sources', {}, page],
    ['share.context', { prospectId: '/in/ada' }, page],
    ['activity.recent', { limit: 20 }, page],
    ['activity.page', { filter: {}, before: null, limit: 50 }, page],
    ['crm.export', { crm: 'hubspot', file: 'activity', scope: { by: 'log', filter: {}, after: null, limit: 100 }, header: true }, page],
    ...PERIODS.map((period): [RequestType, unknown, Sender] => ['insights.compute', { period }, page]),
    ['onboarding.status', {}, page],
    ['team.exportStats', { weeks: null, label: pick() }, page],
    ['backup.export', {}, page],
  ];
}

async function run(names: readonly string[], replace: boolean): Promise<void> {
  restoreAll();
  let i = 0;
  const pick: Pick = () => names[i++ % names.length]!;
  const keys = [...new Set(names)].slice(0, 4);
  const { route, connect } = background({ db: createDbHandle(`nurture-prototype-names-${++runs}`), now: () => NOW });
  const ask = async (type: RequestType, payload: unknown, sender: Sender = page) => {
    // As Chrome carries a message: JSON, so "__proto__" stays an own key.
    const answer = await route(JSON.parse(JSON.stringify({ type, payload })), sender);
    return answer;
  };
  const must = async (type: RequestType, payload: unknown, sender: Sender = page) => {
    const answer = await ask(type, payload, sender);
    expect(answer.ok ? 'answered' : answer.error.message, `${type} ${JSON.stringify(payload).slice(0, 200)}`).toBe('answered');
    return (answer as { value: unknown }).value;
  };

  // A backup, restored: every record and the settings, names everywhere, unknown fields named by them.
  const backup = backupFile(pick, keys);
  const restored = (await must('backup.import', { text: backup.text, mode: replace ? 'replace' : 'merge' })) as { droppedFields: string[] };
  expect(restored.droppedFields.length).toBeGreaterThan(0);
  // Counted under those very names, not lost and not merged into something inherited.
  const { insights, titles } = (await must('insights.compute', {})) as Answers['insights.compute'];
  // (Ada's share got the reply; with one name everywhere the other person's share counts there too.)
  for (const row of [
    insights.byPersona.find((one) => one.key === backup.persona),
    insights.byContent.find((one) => one.key === backup.itemId),
  ]) {
    expect(row?.replied).toBe(1);
    expect(row?.shares).toBeGreaterThanOrEqual(1);
  }
  expect(titles).toContainEqual([backup.itemId, backup.title]);

  // Writes followed person by person by the summary: persona, tags, a share confirmed, a reply.
  await must('prospects.update', {
    id: '/in/ada',
    patch: { persona: pick(), tags: [pick(), pick()], name: pick(), notes: pick(), stage: 'evaluation' },
  });
  const { hits } = (await must('library.search', { text: '' })) as { hits: { item: { id: string } }[] };
  const contentId = hits[0]?.item.id ?? pick();
  const prepared = await ask('share.prepare', { contentId, prospectId: '/in/ada', channel: 'message' }, content);
  const link = prepared.ok ? (prepared.value as { link: string }).link : 'https://example.com/x';
  await ask(
    'share.log',
    {
      contentId,
      prospectId: '/in/ada',
      channel: 'message',
      pageUrl: 'https://www.linkedin.com/messaging/thread/2-x/',
      link,
      captionIndex: null,
    },
    content,
  );
  await must('share.confirmSent', { prospectId: '/in/ada', links: [link] }, content);
  await must(
    'replies.record',
    { prospectId: '/in/ada', pageUrl: 'https://www.linkedin.com/messaging/thread/2-x/', replies: [{ externalId: pick(), text: pick() }] },
    content,
  );
  await must('prospects.add', { profilePath: `/in/${slug(pick())}`, name: pick(), headline: pick(), company: pick(), location: pick() });
  await must('activity.add', { kind: 'note', prospectId: null, note: pick() });
  await must('insights.compute', { period: '4w' });

  // Library files and feeds of every format.
  for (const file of libraryFiles(pick, keys)) await must('library.importFile', file);

  // Every request, its payload's texts made names; then again with own keys named by them.
  for (const type of Object.keys(REQUESTS) as RequestType[]) {
    const spec = REQUESTS[type];
    const sender = spec.senders[0] === 'linkedin-content' ? content : page;
    const payload = named(spec.payload as unknown as SchemaNode, valid[type], pick);
    for (const sent of [payload, withKeysFirst(payload, keys)]) {
      const answer = await ask(type, sent, sender);
      // Answered, well or with a reason: never a throw out of the router.
      expect(typeof answer.ok, type).toBe('boolean');
    }
  }

  // Team stats: the file this rep exports now, and files with the names, merged as the dashboard does.
  const exported = await must('team.exportStats', { weeks: null, label: pick() });
  const reads = [JSON.stringify(exported), ...teamFiles(pick, keys)].map(readTeamStats);
  const loaded = reads.flatMap((read, index) => (read.ok ? [{ name: `${pick()}-${index}`, file: read.file }] : []));
  expect(loaded.length).toBeGreaterThanOrEqual(3);
  const view = mergeTeamStats(loaded);
  expect(view.byPersona.length).toBeGreaterThan(0);

  // The backup the extension writes now restores, and the summary rebuilds from it.
  const { text } = (await must('backup.export', {})) as { text: string };
  await must('backup.import', { text, mode: 'replace' });

  for (const [type, payload, sender] of representative(pick)) await must(type, payload, sender);
  // The log's CSV, streamed as the dashboard gets it.
  expect(await streamedCsv(connect)).toMatch(/^\uFEFF?time/);
  expectUntouched();
}
let runs = 0;

describe('names of Object.prototype as data', () => {
  it('in every input and every request leave every request answering and Object.prototype untouched', async () => {
    // Each name alone in every field, then any mix of them.
    const alone = NAMES.map((name) => [[name], false] as [string[], boolean]);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 24 }), fc.boolean(), async (names, replace) =>
        run(names, replace),
      ),
      { numRuns: alone.length + 30, examples: alone },
    );
  }, 600_000);

  it('the request payloads of the test reach every request type', () => {
    // A request added without a valid payload would escape the property above.
    expect(Object.keys(valid).sort()).toEqual(Object.keys(REQUESTS).sort());
  });
});
