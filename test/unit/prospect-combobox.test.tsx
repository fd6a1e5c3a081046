// @vitest-environment happy-dom
// People by name wherever a prospect is chosen: the combobox of the Activity view's entry form,
// its filter (kept in the address) and the link of a name-only share, against the real
// background (router, handlers, fake IndexedDB). Keys as the WAI-ARIA combobox pattern says.
import 'fake-indexeddb/auto';
import { render, type VNode } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createDbHandle } from '../../src/background/db';
import type { Route, Sender } from '../../src/background/router';
import { request } from '../../src/contract/client';
import type { Prospect } from '../../src/domain/model';
import { AddLogEntryForm } from '../../src/dashboard/AddLogEntryForm';
import { Dashboard } from '../../src/dashboard/Dashboard';
import { LinkPersonForm } from '../../src/dashboard/LinkPersonForm';
import { matchProspects, searchWords, serverText } from '../../src/ui/prospect-match';
import { background } from './helpers/background';

const fake = vi.hoisted(() => ({ route: null as null | ((message: unknown) => Promise<unknown>) }));
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: {
      sendMessage: (message: unknown) => fake.route!(structuredClone(message)).then((answer) => structuredClone(answer)),
      id: 'nurture-test',
      onMessage: { addListener: () => {}, removeListener: () => {} },
    },
    i18n: {
      getMessage: (key: string, subs?: string | string[]) => (subs === undefined ? key : `${key}: ${[subs].flat().join(' | ')}`),
      getUILanguage: () => 'en',
    },
    tabs: { query: async () => [] },
    permissions: { request: async () => false, contains: async () => false },
  },
}));

const page: Sender = { kind: 'extension-page', tabId: undefined };
let route: Route;
beforeAll(async () => {
  ({ route } = background({ db: createDbHandle('nurture-combobox'), now: () => Date.now() }));
  fake.route = (message) => route(message, page);
  for (const [profilePath, name, company] of [
    ['/in/lucia-ejemplo', 'Lucía Ejemplo', 'ACME Iberia'],
    ['/in/zoe', 'Zoë Ørsted', 'Nørd Energi'],
    ['/in/tom', 'Tom Exemplar', 'Acme'],
    ['/in/luc', 'Luc Martin', ''],
  ] as const) {
    await request('prospects.add', { profilePath, name, headline: '', company });
  }
});

afterEach(async () => {
  await act(async () => render(null, document.body));
  location.hash = '';
});

async function settle(rounds = 8) {
  for (let i = 0; i < rounds; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 2));
    });
  }
}

async function until(check: () => unknown) {
  for (let round = 0; ; round++) {
    try {
      return await check();
    } catch (error) {
      if (round > 300) throw error;
      await settle(1);
    }
  }
}

async function show(vnode: VNode) {
  await act(async () => render(vnode, document.body));
  await settle();
}

const combobox = (name: string) => {
  const found = document.querySelector<HTMLInputElement>(`input[role="combobox"][aria-label="${name}"]`);
  if (!found) throw new Error(`no combobox ${name}`);
  return found;
};
const listboxOf = (input: HTMLInputElement) => document.getElementById(input.getAttribute('aria-controls')!)!;
const optionNames = (input: HTMLInputElement) =>
  [...listboxOf(input).querySelectorAll('[role="option"]')].map((option) => option.textContent);

async function type(input: HTMLInputElement | HTMLTextAreaElement, text: string) {
  await act(async () => {
    input.focus();
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await settle();
}

async function press(input: HTMLElement, key: string) {
  await act(async () => {
    input.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
  await settle(2);
}

const prospect = (id: string, name: string, company: string): Prospect => ({
  id,
  name,
  company,
  headline: '',
  persona: '',
  stage: 'awareness',
  tags: [],
  notes: '',
  nextFollowUp: null,
  createdAt: 0,
  lastContactAt: null,
  lastReplyAt: null,
});

describe('matching prospects by name and company', () => {
  const people = [
    prospect('/in/a', 'Lucía Ejemplo', 'ACME'),
    prospect('/in/b', 'Tom Exemplar', 'Acme'),
    prospect('/in/c', 'Zoë Ørsted', 'Nørd'),
    prospect('/in/d', 'Ana Lucia', ''),
  ];

  it('folds accents and case, needs every word in the name or the company, names starting with the first word first', () => {
    expect(matchProspects(people, searchWords('LUCIA')).map((p) => p.id)).toEqual(['/in/a', '/in/d']);
    expect(matchProspects(people, searchWords('  lucia   acme ')).map((p) => p.id)).toEqual(['/in/a']);
    expect(matchProspects(people, searchWords('zoe orsted')).map((p) => p.id)).toEqual(['/in/c']);
    expect(matchProspects(people, searchWords('acme')).map((p) => p.id)).toEqual(['/in/a', '/in/b']);
    expect(matchProspects(people, searchWords('nobody'))).toEqual([]);
  });

  it('takes a profile address as it is, not as words; asks the background for the longest word', () => {
    expect(searchWords('https://www.linkedin.com/in/Ada-L/')).toEqual([]);
    expect(searchWords('/in/ada')).toEqual([]);
    expect(serverText(searchWords('Lucía Ejemplo'))).toBe('ejemplo');
  });
});

/** The kind is never assumed: the form starts with none chosen. */
async function chooseKind(kind: string) {
  const select = document.querySelector<HTMLSelectElement>('select[name="kind"]')!;
  await act(async () => {
    select.value = kind;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('the entry form of the Activity view', () => {
  it('finds a prospect by a folded name, moves with the arrows, chooses with Enter and logs the entry for them', async () => {
    await show(<AddLogEntryForm />);
    const input = combobox('activityWho');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    await type(input, 'lucia');
    await until(() => expect(optionNames(input)).toEqual(['Lucía Ejemplo · ACME Iberia']));
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(listboxOf(input).getAttribute('role')).toBe('listbox');
    expect(input.getAttribute('aria-activedescendant')).toBe(listboxOf(input).querySelector('[role="option"]')!.id);

    await type(input, 'acme');
    await until(() => expect(optionNames(input)).toEqual(['Lucía Ejemplo · ACME Iberia', 'Tom Exemplar · Acme']));
    await press(input, 'ArrowDown');
    const second = listboxOf(input).querySelectorAll('[role="option"]')[1]!;
    expect(input.getAttribute('aria-activedescendant')).toBe(second.id);
    expect(second.getAttribute('aria-selected')).toBe('true');
    await press(input, 'Enter');
    await until(() => expect(input.value).toBe('Tom Exemplar · Acme'));
    expect(input.getAttribute('aria-expanded')).toBe('false');

    await chooseKind('call');
    const note = document.querySelector<HTMLTextAreaElement>('textarea[name="note"]')!;
    await type(note, 'Called about the pilot');
    await act(async () => document.querySelector('form')!.requestSubmit());
    await until(async () =>
      expect((await request('activity.page', { filter: {}, before: null, limit: 5 })).entries[0]?.interaction).toMatchObject({
        prospectId: '/in/tom',
        note: 'Called about the pilot',
      }),
    );
  });

  it('still takes a pasted profile URL, and refuses words that name nobody chosen', async () => {
    await show(<AddLogEntryForm />);
    const input = combobox('activityWho');
    await chooseKind('meeting');
    const note = document.querySelector<HTMLTextAreaElement>('textarea[name="note"]')!;
    await type(note, 'Met at the fair');
    await type(input, 'Somebody Unknown');
    await act(async () => document.querySelector('form')!.requestSubmit());
    await until(() => expect(document.querySelector('[role="alert"]')?.textContent).toBe('prospectComboUnknown'));

    await type(input, 'https://www.linkedin.com/in/Ada-Sample/');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    await act(async () => document.querySelector('form')!.requestSubmit());
    await until(async () =>
      expect((await request('activity.page', { filter: {}, before: null, limit: 1 })).entries[0]?.interaction).toMatchObject({
        prospectId: '/in/ada-sample',
        note: 'Met at the fair',
      }),
    );
  });

  it('closes with Escape, then clears with a second Escape', async () => {
    await show(<AddLogEntryForm />);
    const input = combobox('activityWho');
    await type(input, 'zoe');
    await until(() => expect(optionNames(input)).toEqual(['Zoë Ørsted · Nørd Energi']));
    await press(input, 'Escape');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.value).toBe('zoe');
    await press(input, 'Escape');
    expect(input.value).toBe('');
    await press(input, 'ArrowDown');
    await until(() => expect(optionNames(input).length).toBe(4));
  });
});

describe('the prospect filter of the Activity view', () => {
  it('keeps the chosen prospect in the address and shows their name when the address is opened again', async () => {
    location.hash = '#activity';
    await show(<Dashboard />);
    const input = combobox('prospectComboFilter');
    await type(input, 'orsted');
    await until(() => expect(optionNames(input)).toEqual(['Zoë Ørsted · Nørd Energi']));
    await press(input, 'Enter');
    await until(() => expect(location.hash).toBe('#activity?prospect=%2Fin%2Fzoe'));

    await act(async () => render(null, document.body));
    await show(<Dashboard />);
    await until(() => expect(combobox('prospectComboFilter').value).toBe('Zoë Ørsted · Nørd Energi'));
  });
});

describe('linking a name-only share', () => {
  it('opens with the logged name searched and the focus in the field; Enter takes the first match', async () => {
    const { id } = await request('activity.add', { kind: 'note', prospectId: null, note: 'placeholder' });
    const linked = vi.fn();
    await show(<LinkPersonForm id={id} personName="Lucia Ejemplo" onLinked={linked} />);
    await act(async () => (document.querySelector('button') as HTMLButtonElement).click());
    await settle();
    const input = combobox('activityLinkChoice');
    expect(document.activeElement).toBe(input);
    await until(() => expect(optionNames(input)).toEqual(['Lucía Ejemplo · ACME Iberia']));
    await press(input, 'Enter');
    await until(() => expect(input.value).toBe('Lucía Ejemplo · ACME Iberia'));
  });
});
