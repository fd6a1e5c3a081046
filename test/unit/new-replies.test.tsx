// @vitest-environment happy-dom
// New replies in the popup (who replied since the user last looked, what the reply says, one click
// from the conversation), the dashboard's do-not-contact on a prospect's page, and the pure
// helpers behind them: where a reply opens, "how long ago", the stage an interested reply proposes.
import { render, type VNode } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Interaction, Prospect } from '../../src/domain/model';
import type { NewReply } from '../../src/contract/requests/prospects';
import { RequestError } from '../../src/contract/request-error';
import { prospect } from './helpers/prospects';

type Handler = (payload: Record<string, unknown>) => unknown;
const fake = vi.hoisted(() => ({
  sent: [] as { type: string; payload: Record<string, unknown> }[],
  handlers: new Map<string, (payload: Record<string, unknown>) => unknown>(),
  created: [] as string[],
  language: 'en',
}));
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: {
      id: 'nurture-id',
      getURL: (path: string) => `chrome-extension://nurture-id/${path}`,
      onMessage: { addListener: () => {}, removeListener: () => {} },
      sendMessage: async (message: { type: string; payload: Record<string, unknown> }) => {
        fake.sent.push(message);
        const handler = fake.handlers.get(message.type);
        if (!handler) return { ok: false, error: { code: 'unknown-request', message: message.type } };
        return { ok: true, value: structuredClone(await handler(message.payload)) };
      },
      openOptionsPage: async () => {},
    },
    tabs: { query: async () => [], create: async ({ url }: { url: string }) => void fake.created.push(url) },
    i18n: {
      getMessage: (key: string, subs?: string | string[]) => (subs === undefined ? key : `${key}(${[subs].flat().join('|')})`),
      getUILanguage: () => fake.language,
    },
  },
}));

const { Popup } = await import('../../src/popup/Popup');
const { ProspectPage } = await import('../../src/dashboard/ProspectPage');
const { replyTarget } = await import('../../src/ui/reply-labels');
const { ago } = await import('../../src/ui/format');
const { proposedStage } = await import('../../src/panel/next-stage');
const { isDoNotContactRefusal } = await import('../../src/panel/dnc');

const NOW = Date.now();
const reply = (over: Partial<NewReply>): NewReply => ({
  interactionId: 1,
  prospectId: '/in/ada-sample',
  name: 'Ada Sample',
  at: NOW - 5 * 60_000,
  replyClass: 'interested',
  conversationUrl: null,
  ...over,
});
const REPLIES: NewReply[] = [
  reply({ interactionId: 1, conversationUrl: 'https://www.linkedin.com/messaging/thread/2-abc/' }),
  reply({ interactionId: 2, prospectId: '/in/cleo-waits', name: 'Cléo Waits', replyClass: 'out-of-office', at: NOW - 3 * 3_600_000 }),
];

const handle = (type: string, handler: Handler) => fake.handlers.set(type, handler);
const sentOf = (type: string) => fake.sent.filter((message) => message.type === type).map((message) => message.payload);
const button = (name: string) => {
  const found = [...document.querySelectorAll('button')].filter((each) => each.textContent?.trim() === name);
  if (found.length !== 1) throw new Error(`${found.length} buttons ${name}: ${document.body.innerHTML.slice(0, 2000)}`);
  return found[0]!;
};
const list = () => document.querySelector('[data-testid="new-replies"]');

async function settle(rounds = 6) {
  for (let i = 0; i < rounds; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}
async function mount(node: VNode) {
  await act(async () => render(node, document.body));
  await settle();
}
async function click(element: HTMLElement) {
  await act(async () => element.click());
  await settle();
}

beforeEach(() => {
  // The popup shows its lists once its library first answered: a mark set once per popup.
  performance.clearMarks();
  fake.handlers.clear();
  handle('library.search', () => ({ hits: [], total: 0 }));
  handle('replies.new', () => ({ replies: REPLIES, seenAt: NOW - 86_400_000 }));
  handle('replies.seen', () => ({ seenAt: NOW }));
});
afterEach(async () => {
  await act(async () => render(null, document.body));
  fake.sent.length = 0;
  fake.created.length = 0;
  fake.language = 'en';
});

describe("the popup's New replies", () => {
  it('lists who replied, when and what the reply says, asked after the library', async () => {
    await mount(<Popup />);
    const section = list()!.closest('section')!;
    const heading = section.querySelector('h2')!;
    expect(heading.textContent).toBe('newRepliesTitle');
    expect(section.getAttribute('aria-labelledby')).toBe(heading.id);
    const rows = [...list()!.querySelectorAll('li')];
    expect(rows.map((row) => row.querySelector('button')?.textContent)).toEqual(['Ada Sample', 'Cléo Waits']);
    expect(rows[0]!.textContent).toContain('5 minutes ago');
    expect(rows[0]!.textContent).toContain('replyClass_interested');
    expect(rows[1]!.textContent).toContain('3 hours ago');
    expect(rows[1]!.textContent).toContain('replyClass_out_of_office');
    // The when and the class are read with the name.
    const name = rows[1]!.querySelector('button')!;
    expect(document.getElementById(name.getAttribute('aria-describedby')!)?.textContent).toContain('replyClass_out_of_office');
    const order = fake.sent.map((message) => message.type);
    expect(order.indexOf('library.search')).toBeLessThan(order.indexOf('replies.new'));
  });

  it('a reply opens its conversation, and is then seen', async () => {
    await mount(<Popup />);
    await click(button('Ada Sample'));
    expect(fake.created).toEqual(['https://www.linkedin.com/messaging/thread/2-abc/']);
    expect(sentOf('replies.seen')).toEqual([{}]);
  });

  it('a reply seen only in the conversation list opens LinkedIn’s messaging search for the name', async () => {
    await mount(<Popup />);
    await click(button('Cléo Waits'));
    expect(fake.created).toEqual(['https://www.linkedin.com/messaging/?searchTerm=Cl%C3%A9o%20Waits']);
    expect(sentOf('replies.seen')).toEqual([{}]);
  });

  it('Mark as seen clears them', async () => {
    await mount(<Popup />);
    await click(button('newRepliesMarkSeen'));
    expect(sentOf('replies.seen')).toEqual([{}]);
    expect(fake.created).toEqual([]);
  });

  it('no heading when nobody replied, nor when the background cannot say', async () => {
    handle('replies.new', () => ({ replies: [], seenAt: NOW }));
    await mount(<Popup />);
    expect(sentOf('replies.new')).toHaveLength(1);
    expect(list()).toBeNull();
    expect(document.body.textContent).not.toContain('newRepliesTitle');
    await act(async () => render(null, document.body));
    fake.handlers.delete('replies.new');
    await mount(<Popup />);
    expect(list()).toBeNull();
  });
});

describe("the dashboard's prospect page: do not contact", () => {
  const record = (over: Partial<Prospect> = {}): Prospect => prospect({ company: 'Acme', persona: 'CFO', ...over });
  const timeline: Interaction[] = [
    {
      id: 9,
      at: NOW,
      kind: 'replied',
      prospectId: '/in/ada-sample',
      contentId: null,
      channel: 'message',
      url: null,
      externalId: null,
      note: '',
      replyClass: 'stop',
    },
  ];

  it('shows the badge and Contact again lifts it; the timeline names the reply’s class', async () => {
    handle('prospects.get', () => record({ doNotContact: true }));
    handle('prospects.timeline', () => timeline);
    handle('prospects.update', ({ patch }) => ({ ...record(), ...(patch as Partial<Prospect>) }));
    await mount(<ProspectPage id="/in/ada-sample" onBack={() => {}} />);
    expect(document.querySelector('[data-testid="do-not-contact"]')?.textContent).toContain('doNotContactBadge');
    expect(document.querySelector('[data-testid="timeline"]')?.textContent).toContain('replyClass_stop');
    await click(button('doNotContactLift'));
    expect(sentOf('prospects.update')).toEqual([{ id: '/in/ada-sample', patch: { doNotContact: false } }]);
  });

  it('an unmarked person can be marked', async () => {
    handle('prospects.get', () => record());
    handle('prospects.timeline', () => []);
    handle('prospects.update', ({ patch }) => ({ ...record(), ...(patch as Partial<Prospect>) }));
    await mount(<ProspectPage id="/in/ada-sample" onBack={() => {}} />);
    expect(document.querySelector('[data-testid="do-not-contact"]')).toBeNull();
    await click(button('doNotContactMark'));
    expect(sentOf('prospects.update')).toEqual([{ id: '/in/ada-sample', patch: { doNotContact: true } }]);
  });
});

describe('helpers', () => {
  it('a reply opens its LinkedIn conversation, anything else searches LinkedIn by name', () => {
    expect(replyTarget({ name: 'Ada', conversationUrl: 'https://www.linkedin.com/messaging/thread/1/' })).toBe(
      'https://www.linkedin.com/messaging/thread/1/',
    );
    expect(replyTarget({ name: 'Ada', conversationUrl: 'https://www.linkedin.com/sales/inbox/2-x' })).toBe(
      'https://www.linkedin.com/sales/inbox/2-x',
    );
    expect(replyTarget({ name: 'Zoë & Co', conversationUrl: null })).toBe(
      'https://www.linkedin.com/messaging/?searchTerm=Zo%C3%AB%20%26%20Co',
    );
    expect(replyTarget({ name: 'Ada', conversationUrl: 'https://evil.example/messaging/' })).toBe(
      'https://www.linkedin.com/messaging/?searchTerm=Ada',
    );
    expect(replyTarget({ name: 'Ada', conversationUrl: 'javascript:alert(1)' })).toBe('https://www.linkedin.com/messaging/?searchTerm=Ada');
  });

  it('how long ago, in the UI language; a week or more is a date', () => {
    const now = new Date(2026, 10, 20, 15, 30).getTime();
    expect(ago(now - 10_000, now)).toBe('now');
    expect(ago(now + 60_000, now)).toBe('now');
    expect(ago(now - 5 * 60_000, now)).toBe('5 minutes ago');
    expect(ago(now - 2 * 3_600_000, now)).toBe('2 hours ago');
    expect(ago(now - 26 * 3_600_000, now)).toBe('yesterday');
    expect(ago(now - 3 * 86_400_000, now)).toBe('3 days ago');
    expect(ago(now - 8 * 86_400_000, now)).toBe('Nov 12, 2026');
    fake.language = 'fr';
    expect(ago(now - 5 * 60_000, now)).toBe('il y a 5 minutes');
    expect(ago(now - 26 * 3_600_000, now)).toBe('hier');
  });

  it('an interested newest reply proposes the next stage, up to purchase', () => {
    const entry = (at: number, over: Partial<Interaction>): Interaction => ({
      id: at,
      at,
      kind: 'replied',
      prospectId: 'p',
      contentId: null,
      channel: 'message',
      url: null,
      externalId: null,
      note: '',
      ...over,
    });
    const interested = [entry(1, { replyClass: 'question' }), entry(3, { replyClass: 'interested' }), entry(5, { kind: 'shared' })];
    expect(proposedStage(interested, 'awareness')).toBe('consideration');
    expect(proposedStage(interested, 'evaluation')).toBe('purchase');
    expect(proposedStage(interested, 'purchase')).toBeNull();
    expect(proposedStage(interested, 'customer')).toBeNull();
    expect(proposedStage(interested, 'lost')).toBeNull();
    // The newest reply speaks, whatever the order of the timeline.
    expect(proposedStage([entry(9, { replyClass: 'later' }), ...interested], 'awareness')).toBeNull();
    expect(proposedStage([entry(2, { replyClass: 'later' }), ...interested], 'awareness')).toBe('consideration');
    expect(proposedStage([entry(2, {})], 'awareness')).toBeNull();
    expect(proposedStage([], 'awareness')).toBeNull();
  });

  it("tells the background's do-not-contact refusal from any other failure", () => {
    expect(isDoNotContactRefusal(new RequestError('failed', 'Asked not to be contacted: Ada Sample'))).toBe(true);
    expect(isDoNotContactRefusal(new RequestError('failed', 'failed'))).toBe(false);
    expect(isDoNotContactRefusal(new RequestError('unauthorised', 'Asked not to be contacted'))).toBe(false);
    expect(isDoNotContactRefusal(new Error('Asked not to be contacted'))).toBe(false);
  });
});
