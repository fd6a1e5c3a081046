// @vitest-environment happy-dom
// The dashboard as a salesperson uses it, against the real background (router, handlers, fake
// IndexedDB, its announcements delivered to the page): Activity is the whole log, its add form
// behind "+ Log an interaction" in a dialog, one filter field, notes folded, deletes with an
// Undo toast and no request before the Undo time is over (or the page goes); "+ Add prospect";
// erasure asked in a dialog of ours; the current view highlighted in the navigation.
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createDbHandle } from '../../src/background/db';
import type { Sender } from '../../src/background/router';
import { request } from '../../src/contract/client';
import { Dashboard, navTabs } from '../../src/dashboard/Dashboard';
import { UndoToast } from '../../src/ui/UndoToast';
import { createUndoQueue } from '../../src/ui/undo-queue';
import { background } from './helpers/background';

type Listener = (message: unknown, sender: unknown) => unknown;
const fake = vi.hoisted(() => ({
  route: null as null | ((message: unknown) => Promise<unknown>),
  listeners: new Set<(message: unknown, sender: unknown) => unknown>(),
  /** The type of every request the page sent. */
  sent: [] as string[],
}));
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: {
      sendMessage: (message: unknown) => fake.route!(structuredClone(message)).then((answer) => structuredClone(answer)),
      id: 'nurture-test',
      onMessage: {
        addListener: (listener: Listener) => void fake.listeners.add(listener),
        removeListener: (listener: Listener) => void fake.listeners.delete(listener),
      },
    },
    i18n: {
      getMessage: (key: string, subs?: string | string[]) => (subs === undefined ? key : `${key}: ${[subs].flat().join(' | ')}`),
      getUILanguage: () => 'en',
    },
    tabs: { query: async () => [], create: async () => {} },
    permissions: { request: async () => false, contains: async () => false },
  },
}));

const page: Sender = { kind: 'extension-page', tabId: undefined };
const ADA = '/in/ada-sample';
beforeAll(async () => {
  const { route, announced } = background({ db: createDbHandle('nurture-dashboard-actions'), now: () => Date.now() });
  // The background's announcements reach the page as the service worker's would.
  fake.route = async (message) => {
    fake.sent.push((message as { type: string }).type);
    const answer = await route(message, page);
    for (const change of announced.splice(0)) for (const listener of [...fake.listeners]) listener(change, { id: 'nurture-test' });
    return answer;
  };
  await request('prospects.add', { profilePath: ADA, name: 'Ada Sample', headline: '', company: 'Acme' });
  await request('activity.add', { kind: 'call', prospectId: ADA, note: 'Called about the pilot' });
  const { id } = await request('activity.add', { kind: 'email', prospectId: ADA, note: 'placeholder' });
  await request('activity.setNote', { id, note: '' });
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

async function open(hash: string) {
  location.hash = hash;
  await act(async () => render(<Dashboard />, document.body));
  await settle();
}

const buttons = (within: ParentNode = document) => [...within.querySelectorAll<HTMLButtonElement>('button')];
/** A button as a user names it: its aria-label, else its text without what is aria-hidden. */
const nameOf = (button: HTMLElement) =>
  button.getAttribute('aria-label') ??
  [...button.childNodes]
    .filter((node) => !(node instanceof HTMLElement && node.getAttribute('aria-hidden') === 'true'))
    .map((node) => node.textContent)
    .join('')
    .trim();
const button = (name: string, within: ParentNode = document) => {
  const found = buttons(within).find((each) => nameOf(each) === name);
  if (!found) throw new Error(`no button ${name}`);
  return found;
};
const click = (element: HTMLElement) => act(async () => element.click());
const openDialog = () => document.querySelector<HTMLDialogElement>('dialog[open]');
const rows = () => [...document.querySelectorAll<HTMLLIElement>('[data-testid="log"] li.log-entry')];
const rowOf = (kind: string) => rows().find((li) => li.dataset.kind === kind);
const logged = async () =>
  (await request('activity.page', { filter: {}, before: null, limit: 50 })).entries.map((entry) => entry.interaction);

async function type(field: HTMLInputElement | HTMLTextAreaElement, text: string) {
  await act(async () => {
    field.value = text;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
async function press(target: HTMLElement, key: string) {
  await act(async () => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
}

describe('Activity', () => {
  it('is titled Activity and starts with its one filter field, the add form behind its button', async () => {
    await open('#activity');
    await until(() => expect(rows().length).toBe(2));
    const section = document.querySelector('section[aria-labelledby="activity-heading"]')!;
    expect(section.querySelector('h2')?.textContent).toBe('activityTitle');
    // No form to fill before the log: the filters, then the log.
    expect(document.querySelector('form.add-entry')).toBeNull();
    const fields = [...section.querySelectorAll('input[role="combobox"]')];
    expect(fields.map((field) => field.getAttribute('aria-label'))).toEqual(['prospectComboFilter']);
    const opener = button('activityLogOpen', section);
    expect(opener.className).toBe('primary');
    expect(opener.getAttribute('aria-haspopup')).toBe('dialog');
    expect(opener.textContent).toBe('+ activityLogOpen');
  });

  it('"+ Log an interaction" opens a labelled dialog, focus in it; Escape closes it and gives the focus back', async () => {
    await open('#activity');
    const opener = button('activityLogOpen');
    opener.focus();
    await click(opener);
    const dialog = openDialog()!;
    expect(dialog).not.toBeNull();
    expect(document.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent).toBe('activityLogOpen');
    const kind = dialog.querySelector<HTMLSelectElement>('select[name="kind"]')!;
    expect(document.activeElement).toBe(kind);
    // No kind assumed: a placeholder to pick from, the kinds capitalised in the catalogs.
    expect(kind.value).toBe('');
    expect([...kind.options].map((option) => option.textContent)).toEqual([
      'activityKindChoose',
      'kind_note',
      'kind_call',
      'kind_meeting',
      'kind_email',
    ]);
    // Its own field for the person, said differently from the filter's.
    const who = dialog.querySelector<HTMLInputElement>('input[role="combobox"]')!;
    expect(who.getAttribute('aria-label')).toBe('activityWho');
    const filter = document.querySelector<HTMLInputElement>('input[role="combobox"][aria-label="prospectComboFilter"]')!;
    expect(who.placeholder).toBe('activityWhoPlaceholder');
    expect(filter.placeholder).not.toBe(who.placeholder);

    await press(kind, 'Escape');
    expect(openDialog()).toBeNull();
    expect(document.activeElement).toBe(opener);
    expect(document.querySelector('form.add-entry')).toBeNull();

    await click(opener);
    await click(button('cancel', openDialog()!));
    expect(openDialog()).toBeNull();
  });

  it('logs an interaction only once its kind is chosen, then closes and shows it', async () => {
    await open('#activity');
    await until(() => expect(rows().length).toBe(2));
    await click(button('activityLogOpen'));
    const dialog = openDialog()!;
    await type(dialog.querySelector('textarea[name="note"]')!, 'Met at the fair');
    await act(async () => dialog.querySelector('form')!.requestSubmit());
    await until(() => expect(dialog.querySelector('[role="alert"]')?.textContent).toBe('activityKindMissing'));
    expect((await logged()).map((entry) => entry.note)).not.toContain('Met at the fair');

    const kind = dialog.querySelector<HTMLSelectElement>('select[name="kind"]')!;
    await act(async () => {
      kind.value = 'meeting';
      kind.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await act(async () => dialog.querySelector('form')!.requestSubmit());
    await until(() => expect(openDialog()).toBeNull());
    expect(document.querySelector('section[aria-labelledby="activity-heading"] p[role="status"]')?.textContent).toBe('activityAdded');
    await until(() => expect(rowOf('meeting')?.querySelector('.log-note')?.textContent).toBe('Met at the fair'));
    expect((await logged())[0]).toMatchObject({ kind: 'meeting', note: 'Met at the fair', prospectId: null });
    const [meeting] = await logged();
    await request('activity.delete', { id: meeting!.id! });
  });

  it('folds notes: the text, or "Add a note"; an editor only on demand', async () => {
    await open('#activity');
    await until(() => expect(rows().length).toBe(2));
    expect(document.querySelectorAll('[data-testid="log"] textarea, [data-testid="log"] input')).toHaveLength(0);
    const call = rowOf('call')!;
    const email = rowOf('email')!;
    expect(call.querySelector('.log-note')?.textContent).toBe('Called about the pilot');
    expect(email.querySelector('.log-note')).toBeNull();
    button('activityAddNote', email);
    // The row's kind as a chip; a small Delete named for what it deletes.
    expect(call.querySelector('.chip')?.textContent).toBe('kind_call');
    const remove = button('activityDeleteLabel', call);
    expect(remove.textContent).toBe('activityDelete');
    expect(remove.className).toBe('quiet danger');

    const edit = button('activityEditNote', call);
    await click(edit);
    const editor = call.querySelector<HTMLTextAreaElement>('textarea')!;
    expect(editor.value).toBe('Called about the pilot');
    expect(document.activeElement).toBe(editor);
    await press(editor, 'Escape');
    await settle(2);
    expect(call.querySelector('textarea')).toBeNull();
    expect(document.activeElement).toBe(button('activityEditNote', call));

    await click(button('activityEditNote', call));
    await type(call.querySelector('textarea')!, 'Called about the pilot, wants a demo');
    await act(async () => call.querySelector('form')!.requestSubmit());
    await until(() => expect(call.querySelector('textarea')).toBeNull());
    expect(call.querySelector('.log-note')?.textContent).toBe('Called about the pilot, wants a demo');
    expect((await logged()).find((entry) => entry.kind === 'call')?.note).toBe('Called about the pilot, wants a demo');
  });

  it('deletes at once with an Undo toast; Undo restores without a request; leaving the page sends the deletion', async () => {
    await open('#activity');
    await until(() => expect(rows().length).toBe(2));
    fake.sent.length = 0;
    await click(button('activityDeleteLabel', rowOf('email')!));
    expect(rowOf('email')).toBeUndefined();
    const toast = document.querySelector<HTMLElement>('[data-testid="undo-toast"]')!;
    expect(toast.getAttribute('role')).toBe('status');
    expect(toast.textContent).toBe('activityDeleted·undo');
    // The deleted row's button had the focus: it goes to Undo.
    expect(document.activeElement).toBe(button('undo', toast));
    expect(fake.sent).not.toContain('activity.delete');

    await click(button('undo', toast));
    await settle(2);
    expect(rowOf('email')).toBeDefined();
    expect(toast.textContent).toBe('');
    expect(document.activeElement).toBe(button('activityDeleteLabel', rowOf('email')!));
    expect(fake.sent).not.toContain('activity.delete');
    expect((await logged()).map((entry) => entry.kind)).toContain('email');

    await click(button('activityDeleteLabel', rowOf('email')!));
    expect((await logged()).map((entry) => entry.kind)).toContain('email');
    await act(async () => {
      window.dispatchEvent(new Event('pagehide'));
    });
    await until(async () => expect((await logged()).map((entry) => entry.kind)).toEqual(['call']));
    expect(toast.textContent).toBe('');
    await settle();
    expect(rows().map((li) => li.dataset.kind)).toEqual(['call']);
  });
});

describe('Prospects', () => {
  it('has one search field, and "+ Add prospect" opens its form in a dialog that opens the new page', async () => {
    await open('#prospects');
    await until(() => expect(document.querySelectorAll('[data-testid="prospects"] tbody tr').length).toBe(1));
    const section = document.querySelector('section[aria-labelledby="prospects-heading"]')!;
    expect(section.querySelectorAll('input[type="search"]')).toHaveLength(1);
    expect(section.querySelector('input[name="profile-url"]')).toBeNull();
    await click(button('prospectAddOpen', section));
    const dialog = openDialog()!;
    const labels = [...dialog.querySelectorAll('label.field > span')].map((span) => span.textContent);
    expect(labels).toEqual(['prospectProfileUrl', 'prospectName']);
    expect(document.activeElement).toBe(dialog.querySelector('input[name="profile-url"]'));
    await type(dialog.querySelector('input[name="profile-url"]')!, 'https://www.linkedin.com/in/grace-example/');
    await type(dialog.querySelector('input[name="prospect-name"]')!, 'Grace Example');
    await act(async () => dialog.querySelector('form')!.requestSubmit());
    await until(() => expect(location.hash).toBe(`#prospect=${encodeURIComponent('/in/grace-example')}`));
  });

  it('erasing a person is asked in a dialog of ours, focus on Cancel; only Erase erases', async () => {
    await request('prospects.add', { profilePath: '/in/erin', name: 'Erin Example', headline: '', company: '' });
    await open(`#prospect=${encodeURIComponent('/in/erin')}`);
    await until(() => button('eraseProspect'));
    await click(button('eraseProspect'));
    const dialog = openDialog()!;
    expect(dialog.textContent).toContain('confirmErase: Erin Example');
    expect(document.activeElement).toBe(button('cancel', dialog));
    await click(button('cancel', dialog));
    expect(openDialog()).toBeNull();
    expect(await request('prospects.get', { id: '/in/erin' })).not.toBeNull();

    await click(button('eraseProspect'));
    await click(button('eraseConfirm', openDialog()!));
    await until(async () => expect(await request('prospects.get', { id: '/in/erin' })).toBeNull());
  });
});

describe('the library', () => {
  it('deletes an item with an Undo toast, and Undo brings it back', async () => {
    await request('library.restoreExamples', {});
    await open('#library');
    await until(() => expect(document.querySelectorAll('.results li').length).toBeGreaterThan(0));
    const first = document.querySelector('.results li')!;
    const title = first.querySelector('.item-title')?.textContent;
    await click(button('delete', first));
    expect([...document.querySelectorAll('.results .item-title')].map((each) => each.textContent)).not.toContain(title);
    const toast = document.querySelector('[data-testid="undo-toast"]')!;
    expect(toast.textContent).toBe('itemDeleted·undo');
    await click(button('undo', toast));
    await settle(2);
    expect([...document.querySelectorAll('.results .item-title')].map((each) => each.textContent)).toContain(title);
  });
});

describe('the Undo toast', () => {
  it('says when a deletion sent after its Undo time failed (the row is back)', async () => {
    const queue = createUndoQueue(5);
    await act(async () => render(<UndoToast queue={queue} />, document.body));
    const toast = document.querySelector('[data-testid="undo-toast"]')!;
    expect(toast.textContent).toBe('');
    await act(async () => queue.defer({ key: 'item:a', message: 'itemDeleted', commit: () => Promise.reject(new Error('Disk full')) }));
    expect(toast.textContent).toBe('itemDeleted·undo');
    await until(() => expect(toast.textContent).toBe('undoFailed: Disk full'));
    expect(queue.hides('item:a')).toBe(false);
  });
});

describe('the navigation', () => {
  const cases: [string, string][] = [
    ['#welcome', 'welcomeTab'],
    ['#library', 'libraryTitle'],
    ['#sources', 'sourcesTitle'],
    ['#prospects', 'prospectsTitle'],
    [`#prospect=${encodeURIComponent(ADA)}`, 'prospectsTitle'],
    ['#activity', 'activityTitle'],
    ['#insights', 'insightsTitle'],
    ['#settings', 'settings'],
    ['#data', 'yourData'],
  ];
  it.each(cases)('%s: its tab, and only it, is the current page', async (hash, label) => {
    await open(hash);
    const current = [...document.querySelectorAll('nav.tabs a[aria-current="page"]')];
    expect(current.map((link) => link.textContent)).toEqual([label]);
  });

  it('shows "Getting started" while the guide has steps and is not hidden, and always on the welcome itself', () => {
    expect(navTabs('library', { next: 'share', dismissed: false })[0]).toBe('welcome');
    expect(navTabs('library', { next: 'share', dismissed: true })).not.toContain('welcome');
    expect(navTabs('library', { next: null, dismissed: false })).not.toContain('welcome');
    expect(navTabs('library', null)).not.toContain('welcome');
    expect(navTabs('welcome', { next: null, dismissed: true })[0]).toBe('welcome');
  });

  it('draws the current tab visibly (colour and underline)', () => {
    const css = readFileSync('src/dashboard/dashboard.css', 'utf8');
    expect(css).toMatch(/\.tabs a\[aria-current='page'\] \{[^}]*border-bottom-color: var\(--accent\)/);
  });
});

describe('the code', () => {
  it('never asks with window.confirm(): what can be undone has an Undo, the rest a dialog of ours', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
      });
    const asking = files('src').filter((path) => /\bconfirm\s*\(/.test(readFileSync(path, 'utf8')));
    expect(asking).toEqual([]);
  });
});
