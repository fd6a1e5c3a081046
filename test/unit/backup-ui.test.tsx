// @vitest-environment happy-dom
// The backup screens over a fake background: a restore shows what it will do before it does it
// (an encrypted file needs its passphrase, decrypted in the page; a wrong one restores nothing),
// the automatic backups refuse a passphrase the background would refuse, and the reminder of
// the popup and the side panel backs up now or waits until tomorrow.
import { render, type VNode } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deriveBackupKey, encryptBackup, newSalt } from '../../src/domain/backup/backup-crypto';
import type { AutoBackupStatus } from '../../src/contract/requests/backup';
import { frenchBackup } from './helpers/french-data';
import { englishOnlyWords, getMessageFrom, loadMessages, readableText, words } from './helpers/french';

type Handler = (payload: Record<string, unknown>) => unknown;
const fake = vi.hoisted(() => ({
  sent: [] as { type: string; payload: Record<string, unknown> }[],
  handlers: new Map<string, (payload: Record<string, unknown>) => unknown>(),
  /** The UI's language: keys as text (en), or the French locale for the translation check. */
  getMessage: null as null | ((key: string, subs?: string | string[]) => string),
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
    },
    tabs: { query: async () => [], create: async () => ({}) },
    i18n: {
      getMessage: (key: string, subs?: string | string[]) =>
        fake.getMessage?.(key, subs) ?? (subs === undefined ? key : `${key}(${[subs].flat().join('|')})`),
      getUILanguage: () => (fake.getMessage ? 'fr' : 'en'),
    },
  },
}));

const { RestoreFlow } = await import('../../src/dashboard/RestoreFlow');
const { AutoBackupSettings } = await import('../../src/dashboard/AutoBackupSettings');
const { BackupNotices } = await import('../../src/ui/BackupReminder');
const { passphraseProblem, restoreReportText, summaryFacts, turnedOnText } = await import('../../src/dashboard/backup-texts');
const { backupNowText, shouldOfferAutoBackup } = await import('../../src/ui/auto-backup');
const { storageStateNow } = await import('../../src/ui/persistent-storage');

const NOW = Date.UTC(2026, 11, 7, 9, 30);
const PLAIN = frenchBackup(NOW, 1);
const PASSPHRASE = 'correct horse battery staple';
// The floor a file may carry: the real 600,000 iterations are backup-crypto.test.ts's to time.
const encrypted = deriveBackupKey(PASSPHRASE, newSalt(), 100_000).then((key) => encryptBackup(PLAIN, key, NOW));
const stores = (JSON.parse(PLAIN) as { stores: Record<'prospects' | 'interactions' | 'content', unknown[]> }).stores;
const REPORT = {
  restored: {
    content: stores.content.length,
    sources: 0,
    prospects: stores.prospects.length,
    interactions: stores.interactions.length,
    settings: 0,
  },
  settingsKept: [],
  droppedFields: [],
};

const status = (over: Partial<AutoBackupStatus> = {}): AutoBackupStatus => ({
  enabled: false,
  frequency: 'daily',
  keep: 7,
  keyStored: false,
  last: null,
  changedSinceLast: true,
  remind: false,
  lastFailure: null,
  ...over,
});
const WRITTEN = { downloadId: 3, filename: '/home/ada/Downloads/Nurture backups/nurture-backup-2026-12-07.nurture', at: NOW };

const handle = (type: string, handler: Handler) => fake.handlers.set(type, handler);
const sentOf = (type: string) => fake.sent.filter((message) => message.type === type).map((message) => message.payload);

/** Polls until `check` passes: decryption and file reads take real time, not only microtasks. */
async function until(check: () => void) {
  for (let round = 0; ; round++) {
    try {
      check();
      return;
    } catch (error) {
      if (round > 400) throw error;
      await act(async () => {
        await new Promise((resolve) => setTimeout(resolve, 5));
      });
    }
  }
}
async function mount(node: VNode) {
  await act(async () => render(node, document.body));
}
/** The control a label names (its text, the control inside it), as a user finds it. */
function field<E extends HTMLElement = HTMLInputElement>(name: string): E {
  const own = (label: HTMLLabelElement) => (label.querySelector('span')?.textContent ?? label.textContent ?? '').trim();
  const label = [...document.querySelectorAll('label')].find((each) => own(each) === name);
  const control = label?.querySelector<E>('input, select');
  if (!control) throw new Error(`no field named ${name}`);
  return control;
}
const button = (name: string) => [...document.querySelectorAll('button')].find((each) => each.textContent?.trim() === name);
const text = (testId: string) => document.querySelector(`[data-testid="${testId}"]`)?.textContent ?? '';

async function type(input: HTMLInputElement, value: string) {
  await act(async () => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
async function choose(name: string, content: string) {
  const input = document.querySelector<HTMLInputElement>('input[type="file"][name="backup-file"]')!;
  Object.defineProperty(input, 'files', { configurable: true, value: [new File([content], name)] });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}
async function click(name: string) {
  const found = button(name);
  if (!found) throw new Error(`no button ${name}`);
  await act(async () => found.click());
}

beforeEach(() => {
  fake.handlers.clear();
  handle('backup.import', () => REPORT);
});
afterEach(async () => {
  await act(async () => render(null, document.body));
  fake.sent.length = 0;
  fake.getMessage = null;
  vi.restoreAllMocks();
});

describe('the restore flow', () => {
  it('an encrypted file: a wrong passphrase says so and restores nothing; the right one shows the contents, then Replace restores the plain text', async () => {
    await mount(<RestoreFlow />);
    expect(field('restoreFromFile').type).toBe('file');
    await choose('nurture-backup-2026-12-07.nurture', await encrypted);
    await until(() => expect(field('restorePassphrase')).toBeDefined());
    expect(document.activeElement).toBe(field('restorePassphrase'));
    expect(text('restore-unlock')).toContain('restoreLocked(nurture-backup-2026-12-07.nurture)');

    await type(field('restorePassphrase'), 'correct horse battery stapler');
    await click('restoreUnlock');
    await until(() => expect(text('restore-status')).toBe('restoreWrongPassphrase'));
    expect(document.querySelector('[data-testid="restore-summary"]')).toBeNull();
    expect(document.querySelector('[data-testid="restore-status"]')?.getAttribute('role')).toBe('status');

    await type(field('restorePassphrase'), PASSPHRASE);
    await click('restoreUnlock');
    await until(() => expect(document.querySelector('[data-testid="restore-summary"]')).not.toBeNull());
    const summary = text('restore-summary');
    expect(summary).toContain('store_prospects');
    expect(summary).toContain(String(stores.prospects.length));
    expect(summary).toContain('restoreCoversRange');
    expect(sentOf('backup.import')).toEqual([]);

    // Asked in a dialog of ours, focus on Cancel; nothing sent until it is confirmed.
    await click('restoreReplace');
    const dialog = document.querySelector<HTMLDialogElement>('dialog[open]')!;
    expect(dialog.textContent).toContain('confirmReplace');
    expect(document.activeElement?.textContent).toBe('cancel');
    expect(sentOf('backup.import')).toEqual([]);
    await act(async () => dialog.querySelector<HTMLButtonElement>('button.danger')!.click());
    await until(() => expect(text('restore-status')).toContain('restored('));
    expect(dialog.open).toBe(false);
    expect(sentOf('backup.import')).toEqual([{ text: PLAIN, mode: 'replace' }]);
    expect(document.querySelector('[data-testid="restore-summary"]')).toBeNull();
  });

  it('a plain file: the contents at once; Replace cancelled in its dialog sends nothing; Merge restores', async () => {
    await mount(<RestoreFlow />);
    await choose('nurture-backup-2026-12-07.json', PLAIN);
    await until(() => expect(document.querySelector('[data-testid="restore-summary"]')).not.toBeNull());
    expect(document.querySelector('[data-testid="restore-unlock"]')).toBeNull();
    expect(text('restore-summary')).toContain('restoreInside(nurture-backup-2026-12-07.json)');

    await click('restoreReplace');
    await act(async () =>
      [...document.querySelectorAll<HTMLButtonElement>('dialog[open] button')].find((each) => each.textContent === 'cancel')!.click(),
    );
    expect(document.querySelector('dialog[open]')).toBeNull();
    expect(sentOf('backup.import')).toEqual([]);

    await click('restoreMerge');
    await until(() => expect(text('restore-status')).toContain('restored('));
    expect(sentOf('backup.import')).toEqual([{ text: PLAIN, mode: 'merge' }]);
  });

  it('a file that is not a backup: said why, nothing sent', async () => {
    await mount(<RestoreFlow />);
    await choose('notes.json', '{"hello":1}');
    await until(() => expect(text('restore-status')).toContain('restoreUnreadable('));
    expect(document.querySelector('[data-testid="restore-summary"]')).toBeNull();
    expect(sentOf('backup.import')).toEqual([]);
  });

  it('a refused restore keeps the contents on screen, and says the error', async () => {
    // No answer but an error code: the page says the background's sentence.
    fake.handlers.delete('backup.import');
    await mount(<RestoreFlow />);
    await choose('b.json', PLAIN);
    await until(() => expect(button('restoreMerge')).toBeDefined());
    await click('restoreMerge');
    await until(() => expect(text('restore-status')).toBe('error_unknown_request'));
    expect(document.querySelector('[data-testid="restore-summary"]')).not.toBeNull();
  });
});

describe('the automatic backups form', () => {
  it('refuses a short or mismatched passphrase, then turns on with it and says where the first backup went', async () => {
    let current = status();
    handle('backup.autoStatus', () => current);
    handle('backup.autoConfigure', (payload) => {
      current = status({
        enabled: true,
        keyStored: true,
        last: WRITTEN,
        changedSinceLast: false,
        frequency: payload['frequency'] as 'weekly',
        keep: payload['keep'] as number,
      });
      return current;
    });
    await mount(<AutoBackupSettings />);
    await until(() => expect(field('autoBackupEnable').checked).toBe(false));
    expect(field('autoBackupEnable').type).toBe('checkbox');
    expect(text('auto-backup-last')).toContain('autoBackupNone');

    await act(async () => field('autoBackupEnable').click());
    await type(field('autoBackupPassphrase'), 'too short');
    await type(field('autoBackupPassphraseAgain'), 'too short');
    await click('autoBackupTurnOn');
    expect(document.querySelector('[role="alert"]')?.textContent).toBe('passphraseTooShort');
    expect(field('autoBackupPassphrase').getAttribute('aria-invalid')).toBe('true');

    await type(field('autoBackupPassphrase'), PASSPHRASE);
    await type(field('autoBackupPassphraseAgain'), `${PASSPHRASE}!`);
    await click('autoBackupTurnOn');
    expect(document.querySelector('[role="alert"]')?.textContent).toBe('passphraseMismatch');
    expect(sentOf('backup.autoConfigure')).toEqual([]);

    await type(field('autoBackupPassphraseAgain'), PASSPHRASE);
    await act(async () => {
      const frequency = field<HTMLSelectElement>('autoBackupFrequency');
      frequency.value = 'weekly';
      frequency.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await click('autoBackupTurnOn');
    await until(() => expect(text('auto-backup-status')).toBe(`autoBackupOnWritten(${WRITTEN.filename})`));
    expect(sentOf('backup.autoConfigure')).toEqual([{ enabled: true, frequency: 'weekly', keep: 7, passphrase: PASSPHRASE }]);
    // Not kept in the page once the background has its key.
    expect(field('autoBackupPassphrase').value).toBe('');
    await until(() => expect(text('auto-backup-last')).toContain(WRITTEN.filename));
    expect(text('auto-backup-last')).toContain('autoBackupNoChange');
    expect(button('autoBackupNow')).toBeDefined();
  });

  it('with a key stored: Back up now says where it wrote; unchecking offers Turn off', async () => {
    handle('backup.autoStatus', () => status({ enabled: true, keyStored: true, last: WRITTEN }));
    handle('backup.now', () => ({ written: true, filename: WRITTEN.filename }));
    handle('backup.autoConfigure', () => status());
    await mount(<AutoBackupSettings />);
    await until(() => expect(button('autoBackupNow')).toBeDefined());
    // Nothing to save until something changes.
    expect(button('save')).toBeUndefined();
    await click('autoBackupNow');
    await until(() => expect(text('auto-backup-status')).toBe(`backupWritten(${WRITTEN.filename})`));

    await act(async () => field('autoBackupEnable').click());
    await click('autoBackupTurnOff');
    await until(() => expect(text('auto-backup-status')).toBe('autoBackupOff'));
    expect(sentOf('backup.autoConfigure')).toEqual([{ enabled: false, frequency: 'daily', keep: 7 }]);
  });
});

describe('the reminder (popup and side panel)', () => {
  it('renders when the status says so; Later puts it off', async () => {
    handle('backup.autoStatus', () => status({ remind: true, keyStored: true, enabled: true }));
    handle('backup.remindLater', () => ({ ok: true }));
    await mount(<BackupNotices onOpenData={() => {}} />);
    await until(() => expect(text('backup-reminder')).toContain('backupReminder'));
    expect(document.querySelector('[data-testid="backup-reminder"]')?.getAttribute('aria-label')).toBe('backupReminderLabel');
    await click('backupLater');
    expect(sentOf('backup.remindLater')).toEqual([{}]);
    expect(document.querySelector('[data-testid="backup-reminder"]')).toBeNull();
  });

  it('Back up now writes with the stored key, or opens Your data when there is none', async () => {
    handle('backup.autoStatus', () => status({ remind: true, keyStored: true, enabled: true }));
    handle('backup.now', () => ({ written: true, filename: WRITTEN.filename }));
    await mount(<BackupNotices onOpenData={() => {}} />);
    await until(() => expect(button('autoBackupNow')).toBeDefined());
    await click('autoBackupNow');
    await until(() => expect(text('backup-result')).toBe(`backupWritten(${WRITTEN.filename})`));
    expect(document.querySelector('[data-testid="backup-reminder"]')).toBeNull();
    await act(async () => render(null, document.body));

    fake.sent.length = 0;
    handle('backup.autoStatus', () => status({ remind: true }));
    const opened = vi.fn();
    await mount(<BackupNotices onOpenData={opened} compact />);
    await until(() => expect(button('autoBackupNow')).toBeDefined());
    await click('autoBackupNow');
    expect(opened).toHaveBeenCalledOnce();
    expect(sentOf('backup.now')).toEqual([]);
  });

  it('the popup offers automatic backups where the browser may clear the data', async () => {
    Object.defineProperty(navigator, 'storage', { configurable: true, value: { persisted: async () => false } });
    handle('backup.autoStatus', () => status());
    const opened = vi.fn();
    await mount(<BackupNotices offer onOpenData={opened} />);
    await until(() => expect(text('backup-offer')).toContain('backupOfferLink'));
    const link = document.querySelector<HTMLAnchorElement>('[data-testid="backup-offer"] a')!;
    expect(link.getAttribute('href')).toBe('chrome-extension://nurture-id/src/dashboard/index.html#data');
    await act(async () => link.click());
    expect(opened).toHaveBeenCalledOnce();
    Reflect.deleteProperty(navigator, 'storage');
  });

  it('the popup asks for it after its library, and shows it under the next step', async () => {
    handle('library.search', () => ({ hits: [], total: 0 }));
    handle('backup.autoStatus', () => status({ remind: true }));
    const { Popup } = await import('../../src/popup/Popup');
    await mount(<Popup />);
    await until(() => expect(document.querySelector('[data-testid="backup-reminder"]')).not.toBeNull());
    const order = fake.sent.map((message) => message.type);
    expect(order.indexOf('library.search')).toBeLessThan(order.indexOf('backup.autoStatus'));
    expect(sentOf('backup.autoStatus')).toHaveLength(1);
  });

  it('shows nothing when the status cannot be had', async () => {
    await mount(<BackupNotices offer onOpenData={() => {}} />);
    await until(() => expect(sentOf('backup.autoStatus')).toHaveLength(1));
    expect(document.body.textContent).toBe('');
  });
});

describe('in French', () => {
  it('the form, its status and failure, a restore summary, the reminder and the offer', async () => {
    fake.getMessage = getMessageFrom(loadMessages('fr'));
    const english = englishOnlyWords();
    // File names and the browser's own error are data, not the interface.
    const untranslated = () => {
      for (const code of document.querySelectorAll('code')) code.remove();
      return words(readableText(document.body).replace('Download refused', '')).filter((word) => english.has(word));
    };
    handle('backup.autoStatus', () =>
      status({ enabled: true, keyStored: true, last: WRITTEN, remind: true, lastFailure: { at: NOW, reason: 'Download refused' } }),
    );
    // A fresh module graph: the translator keeps each text it read, in the language it had then.
    vi.resetModules();
    const [settings, restore, reminder] = await Promise.all([
      import('../../src/dashboard/AutoBackupSettings'),
      import('../../src/dashboard/RestoreFlow'),
      import('../../src/ui/BackupReminder'),
    ]);
    await mount(
      <>
        <settings.AutoBackupSettings />
        <restore.RestoreFlow />
        <reminder.BackupNotices onOpenData={() => {}} />
      </>,
    );
    await until(() => expect(document.querySelector('[data-testid="backup-reminder"]')).not.toBeNull());
    await until(() => expect(document.querySelector('input[name="passphrase"]')).not.toBeNull());
    await type(document.querySelector<HTMLInputElement>('input[name="passphrase"]')!, 'court');
    await act(async () => document.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click());
    expect(document.querySelector('[role="alert"]')?.textContent).toBe('La phrase secrète doit compter au moins 12 caractères.');
    await choose('sauvegarde.json', PLAIN);
    await until(() => expect(document.querySelector('[data-testid="restore-summary"]')).not.toBeNull());
    expect(document.body.textContent).toContain('Fusionner');
    expect(untranslated()).toEqual([]);
  });
});

describe('what the backup screens say', () => {
  it('a passphrase: 12 characters at least, the same twice; none needed to keep a stored key', () => {
    expect(passphraseProblem('', '', true)).toBe('passphraseTooShort');
    expect(passphraseProblem('', '', false)).toBeNull();
    expect(passphraseProblem('eleven char', 'eleven char', false)).toBe('passphraseTooShort');
    expect(passphraseProblem('twelve chars', 'twelve chars', true)).toBeNull();
    expect(passphraseProblem('twelve chars', 'twelve chars.', true)).toBe('passphraseMismatch');
    expect(passphraseProblem('x'.repeat(1025), 'x'.repeat(1025), true)).toBe('passphraseTooLong');
  });

  it('turning on: the backup just written, none needed, or none written', () => {
    const before = status({ last: { ...WRITTEN, at: NOW - 1000 } });
    expect(turnedOnText(before, status({ enabled: true, last: WRITTEN }))).toBe(`autoBackupOnWritten(${WRITTEN.filename})`);
    expect(turnedOnText(status(), status({ enabled: true, last: WRITTEN }))).toBe(`autoBackupOnWritten(${WRITTEN.filename})`);
    expect(turnedOnText(status({ last: WRITTEN }), status({ enabled: true, last: WRITTEN, changedSinceLast: false }))).toBe(
      'autoBackupOnUnchanged',
    );
    expect(turnedOnText(status(), status({ enabled: true }))).toBe('autoBackupOnNotWritten');
  });

  it('Back up now, the offer, the restore report, the contents', () => {
    expect(backupNowText({ written: false, reason: 'unchanged' })).toBe('backupUnchanged');
    expect(backupNowText({ written: false, reason: 'no-key' })).toBe('backupNoKey');
    expect(shouldOfferAutoBackup(status(), 'best-effort')).toBe(true);
    expect(shouldOfferAutoBackup(status(), 'unknown')).toBe(false);
    expect(shouldOfferAutoBackup(status({ enabled: true }), 'best-effort')).toBe(false);
    expect(shouldOfferAutoBackup(status({ remind: true }), 'best-effort')).toBe(false);
    expect(restoreReportText({ ...REPORT, settingsKept: ['csvSeparator'], droppedFields: ['prospects.x'] })).toBe(
      `restored(restoredProspects_other(${stores.prospects.length})|restoredInteractions_other(${stores.interactions.length})|restoredItems_other(${stores.content.length})) restoreSettingsKept(quoted(settingCsvSemicolon)) restoreFieldsDropped(prospects.x)`,
    );
    const facts = summaryFacts({
      schemaVersion: 4,
      exportedAt: NOW,
      counts: { content: 1, sources: 2, prospects: 3, interactions: 0, settings: 1 },
      from: null,
      to: null,
    });
    expect(facts.map(({ label }) => label)).toEqual([
      'restoreWrittenAt',
      'store_prospects',
      'store_interactions',
      'store_content',
      'store_sources',
      'store_settings',
      'restoreCovers',
      'schemaVersion',
    ]);
    expect(facts.find(({ label }) => label === 'restoreCovers')?.value).toBe('restoreCoversNone');
    expect(facts.at(-1)?.value).toBe('4');
  });

  it('the popup reads the storage state without asking for persistence', async () => {
    const persist = vi.fn(async () => true);
    expect(await storageStateNow({ persisted: async () => false, persist })).toBe('best-effort');
    expect(await storageStateNow({ persisted: async () => true, persist })).toBe('persistent');
    expect(await storageStateNow(undefined)).toBe('unknown');
    expect(persist).not.toHaveBeenCalled();
  });
});
