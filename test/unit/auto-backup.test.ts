// Automatic encrypted backups (issue 31), against fakes of what the browser gives: a downloads
// API that keeps its files in memory, an alarm, storage.local, and a clock the tests move.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createAutoBackup, type BackupAlarm, type LocalArea } from '../../src/background/backup/auto';
import { downloadFiles, type DownloadDelta, type DownloadsApi, type ObjectUrls } from '../../src/background/backup/downloads';
import { indexedDbKeyStore } from '../../src/background/backup/key-store';
import { createBackup } from '../../src/background/backup/service';
import { hasUserData } from '../../src/background/backup/user-data';
import { createBackground } from '../../src/background/create-background';
import { createDbHandle } from '../../src/background/db';
import { createLibrary } from '../../src/background/library';
import { createProspects } from '../../src/background/prospects';
import type { Sender } from '../../src/background/router';
import { readSettings } from '../../src/background/settings';
import { decryptBackup, deriveBackupKey, isEncryptedBackup, newSalt } from '../../src/domain/backup/backup-crypto';
import type { AutoBackupStatus } from '../../src/contract/requests/backup';

const PASSPHRASE = 'correct horse battery staple';
const DAY = 86_400_000;
const HOME = '/home/ana/Downloads';
const page: Sender = { kind: 'extension-page', tabId: undefined };
const content: Sender = { kind: 'linkedin-content', tabId: 4 };

// The least the crypto module allows: the tests derive many keys, each the same code path.
const quickDerive = (passphrase: string) => deriveBackupKey(passphrase, newSalt(), 100_000);

function memoryArea(): LocalArea & { items: Map<string, unknown> } {
  const items = new Map<string, unknown>();
  return {
    items,
    async get(key) {
      // As storage.local answers: a copy, never the object kept.
      return items.has(key) ? { [key]: structuredClone(items.get(key)) } : {};
    },
    async set(values) {
      for (const [key, value] of Object.entries(values)) items.set(key, structuredClone(value));
    },
  };
}

function fakeAlarm(): BackupAlarm & { period: number | null } {
  const alarm = {
    period: null as number | null,
    async set(minutes: number) {
      alarm.period = minutes;
    },
    async clear() {
      alarm.period = null;
    },
  };
  return alarm;
}

interface Entry {
  id: number;
  filename: string;
  state: 'in_progress' | 'complete' | 'interrupted';
  error?: string;
}

/** The downloads list and the disk: files written with their paths made absolute, 'uniquify' as Chrome does it. */
function fakeDownloads({ fail = false }: { fail?: boolean } = {}) {
  const history: Entry[] = [];
  const disk = new Map<string, string>();
  const requested: { url: string; filename: string; saveAs: boolean; conflictAction: string }[] = [];
  const listeners = new Set<(delta: DownloadDelta) => void>();
  let nextId = 1;
  const objectUrls = new Map<string, Blob>();
  const revoked: string[] = [];
  const read = async (url: string): Promise<string> => {
    if (url.startsWith('data:')) return Buffer.from(url.slice(url.indexOf(',') + 1), 'base64').toString('utf8');
    const blob = objectUrls.get(url);
    if (!blob || revoked.includes(url)) throw new Error('no such blob');
    return blob.text();
  };
  const api: DownloadsApi = {
    async download(options) {
      requested.push(options);
      const id = nextId++;
      let path = `${HOME}/${options.filename}`;
      for (let n = 1; disk.has(path); n++) path = `${HOME}/${options.filename.replace(/\.nurture$/, ` (${n}).nurture`)}`;
      const entry: Entry = { id, filename: path, state: 'in_progress' };
      history.push(entry);
      const data = await read(options.url);
      // Finishes after download() answered, as the browser does.
      setTimeout(() => {
        if (fail) Object.assign(entry, { state: 'interrupted', error: 'FILE_NO_SPACE' });
        else {
          disk.set(path, data);
          entry.state = 'complete';
        }
        for (const listener of listeners) listener({ id, state: { current: entry.state } });
      }, 1);
      return id;
    },
    async search(query) {
      return history
        .filter(
          (entry) =>
            (query.id === undefined || entry.id === query.id) && (query.filename === undefined || entry.filename === query.filename),
        )
        .map((entry) => ({ ...entry }));
    },
    async removeFile(id) {
      const entry = history.find((one) => one.id === id);
      if (!entry || !disk.has(entry.filename)) throw new Error('Download file not found');
      disk.delete(entry.filename);
    },
    async erase({ id }) {
      const at = history.findIndex((one) => one.id === id);
      if (at >= 0) history.splice(at, 1);
      return [id];
    },
    onChanged: { addListener: (listener) => void listeners.add(listener), removeListener: (listener) => void listeners.delete(listener) },
  };
  const blobUrls: ObjectUrls = {
    createObjectURL(blob: Blob) {
      const url = `blob:chrome-extension://nurture/${objectUrls.size + 1}`;
      objectUrls.set(url, blob);
      return url;
    },
    revokeObjectURL: (url: string) => void revoked.push(url),
  } as ObjectUrls;
  /** A download of the user's own, in the same list. */
  const userFile = (filename: string, data: string): number => {
    const id = nextId++;
    history.push({ id, filename, state: 'complete' });
    disk.set(filename, data);
    return id;
  };
  return { api, history, disk, requested, listeners, blobUrls, revoked, userFile };
}

let n = 0;
async function setup({ start = new Date(2026, 11, 7, 10).getTime(), fail = false, blobs = false } = {}) {
  const db = createDbHandle(`nurture-auto-${++n}`);
  let clock = start;
  const now = () => clock;
  const backup = createBackup({ db, now });
  const prospects = createProspects({ db, now });
  const library = createLibrary({
    db,
    now,
    fetch: async () => new Response(''),
    canFetch: async () => false,
    settings: async () => readSettings(await db()),
    defaultLanguage: 'en',
  });
  await library.restoreExamples();
  const area = memoryArea();
  const alarm = fakeAlarm();
  const downloads = fakeDownloads({ fail });
  const keys = indexedDbKeyStore(`nurture-device-${n}`);
  const auto = createAutoBackup({
    keys,
    area,
    alarm,
    files: downloadFiles(downloads.api, blobs ? downloads.blobUrls : null),
    now,
    export: () => backup.export(),
    hasData: async () => hasUserData(await db()),
    derive: quickDerive,
  });
  /** A change of the data, told to the service as create-background does after a write. */
  const addProspect = async (slug: string, name: string) => {
    await prospects.add({ profilePath: `/in/${slug}`, name, headline: 'Head of Ops', company: 'Example' });
    auto.dataChanged();
  };
  const turnOn = (extra: Partial<{ frequency: 'daily' | 'weekly'; keep: number }> = {}) =>
    auto.configure({ enabled: true, frequency: 'daily', keep: 7, passphrase: PASSPHRASE, ...extra });
  const files = () => [...downloads.disk.keys()].filter((path) => path.includes('/Nurture backups/')).sort();
  return {
    db,
    auto,
    area,
    alarm,
    downloads,
    keys,
    addProspect,
    turnOn,
    files,
    advance: (ms: number) => void (clock += ms),
    now,
  };
}

describe('automatic backups', () => {
  it('writes the first backup at once when turned on, and sets the alarm', async () => {
    const t = await setup();
    await t.addProspect('ada-sample-42', 'Ada Lovelace-Sample');
    const status = await t.turnOn();
    expect(t.alarm.period).toBe(1440);
    expect(t.downloads.requested).toEqual([
      {
        url: expect.stringMatching(/^data:application\/octet-stream;base64,/),
        filename: 'Nurture backups/nurture-backup-2026-12-07.nurture',
        saveAs: false,
        conflictAction: 'uniquify',
      },
    ]);
    expect(status).toMatchObject<Partial<AutoBackupStatus>>({
      enabled: true,
      frequency: 'daily',
      keep: 7,
      keyStored: true,
      changedSinceLast: false,
      remind: false,
      lastFailure: null,
    });
    expect(status.last).toEqual({ downloadId: 1, filename: `${HOME}/Nurture backups/nurture-backup-2026-12-07.nurture`, at: t.now() });
    expect(t.files()).toEqual([`${HOME}/Nurture backups/nurture-backup-2026-12-07.nurture`]);
    // Weekly: the alarm follows, and no second file for the same data.
    expect((await t.auto.configure({ enabled: true, frequency: 'weekly', keep: 7 })).frequency).toBe('weekly');
    expect(t.alarm.period).toBe(10_080);
    expect(t.files()).toHaveLength(1);
  });

  it('writes an encrypted file that names nobody, and that the passphrase opens', async () => {
    const t = await setup();
    await t.addProspect('ada-sample-42', 'Ada Lovelace-Sample');
    await t.turnOn();
    const [file] = [...t.downloads.disk.values()];
    expect(isEncryptedBackup(file!)).toBe(true);
    // Each with a character base64 never writes, so the ciphertext cannot hold it by chance.
    for (const word of ['Ada Lovelace-Sample', '/in/ada-sample-42', 'Head of Ops', '"stores"', '"prospects"'])
      expect(file).not.toContain(word);
    const opened = await decryptBackup(file!, PASSPHRASE);
    expect(opened.ok && opened.plain).toContain('Ada Lovelace-Sample');
    expect(await decryptBackup(file!, 'not the passphrase at all')).toEqual({ ok: false, reason: 'wrong-passphrase' });
  });

  it('skips a backup when nothing changed, and writes one after a change', async () => {
    const t = await setup();
    await t.addProspect('ada', 'Ada Sample');
    await t.turnOn();
    t.advance(DAY);
    // Another day, another exportedAt: still the same data.
    expect(await t.auto.now()).toEqual({ written: false, reason: 'unchanged' });
    await t.auto.runScheduled();
    expect(t.files()).toHaveLength(1);
    await t.addProspect('bruno', 'Bruno Sample');
    expect((await t.auto.status()).changedSinceLast).toBe(true);
    expect(await t.auto.now()).toEqual({ written: true, filename: `${HOME}/Nurture backups/nurture-backup-2026-12-08.nurture` });
    expect((await t.auto.status()).changedSinceLast).toBe(false);
    // The same day again: the browser's 'uniquify' names the second file.
    await t.addProspect('chloe', 'Chloé Sample');
    expect(await t.auto.now()).toEqual({ written: true, filename: `${HOME}/Nurture backups/nurture-backup-2026-12-08 (1).nurture` });
  });

  it('writes again at once with a new passphrase, even unchanged (older files need the old one)', async () => {
    const t = await setup();
    await t.addProspect('ada', 'Ada Sample');
    await t.turnOn();
    const status = await t.auto.configure({ enabled: true, frequency: 'daily', keep: 7, passphrase: 'another long passphrase' });
    expect(t.files()).toHaveLength(2);
    expect(await decryptBackup(t.downloads.disk.get(status.last!.filename)!, 'another long passphrase')).toMatchObject({ ok: true });
  });

  it('keeps the newest `keep` files and removes only files it wrote', async () => {
    const t = await setup();
    const mine = t.downloads.userFile(`${HOME}/report.pdf`, 'my report');
    const lookalike = t.downloads.userFile(`${HOME}/Nurture backups/nurture-backup-2026-01-01.nurture`, 'a backup from another computer');
    await t.addProspect('p0', 'Person Zero');
    await t.turnOn({ keep: 3 });
    for (let i = 1; i <= 4; i++) {
      t.advance(DAY);
      await t.addProspect(`p${i}`, `Person ${i}`);
      await t.auto.runScheduled();
    }
    expect(t.files()).toEqual([
      `${HOME}/Nurture backups/nurture-backup-2026-01-01.nurture`,
      `${HOME}/Nurture backups/nurture-backup-2026-12-09.nurture`,
      `${HOME}/Nurture backups/nurture-backup-2026-12-10.nurture`,
      `${HOME}/Nurture backups/nurture-backup-2026-12-11.nurture`,
    ]);
    // The downloads list lost the removed ones' entries, and only those.
    expect(t.downloads.history.map((entry) => entry.id)).toEqual([mine, lookalike, 5, 6, 7]);
    expect(t.downloads.disk.get(`${HOME}/report.pdf`)).toBe('my report');

    // A smaller `keep` takes effect at once.
    await t.auto.configure({ enabled: true, frequency: 'daily', keep: 1 });
    expect(t.files()).toEqual([
      `${HOME}/Nurture backups/nurture-backup-2026-01-01.nurture`,
      `${HOME}/Nurture backups/nurture-backup-2026-12-11.nurture`,
    ]);
    expect(t.downloads.disk.size).toBe(3);
  });

  it('never removes another file that took the id it wrote under, nor minds a file the user moved', async () => {
    const t = await setup();
    await t.addProspect('p0', 'Person Zero');
    await t.turnOn({ keep: 1 });
    const first = (await t.auto.status()).last!;
    // Firefox numbers downloads anew each session: after a restart, the user's file has our old id
    // and our file another one.
    const ours = t.downloads.history.find((entry) => entry.id === first.downloadId)!;
    ours.id = 99;
    t.downloads.history.push({ id: first.downloadId, filename: `${HOME}/holiday.jpg`, state: 'complete' });
    t.downloads.disk.set(`${HOME}/holiday.jpg`, 'photo');
    t.advance(DAY);
    await t.addProspect('p1', 'Person One');
    await t.auto.runScheduled();
    expect(t.downloads.disk.get(`${HOME}/holiday.jpg`)).toBe('photo');
    expect(t.files()).toEqual([`${HOME}/Nurture backups/nurture-backup-2026-12-08.nurture`]);

    // The user moved the newest file away: the next rotation drops it from the list, quietly.
    t.downloads.disk.delete(`${HOME}/Nurture backups/nurture-backup-2026-12-08.nurture`);
    t.advance(DAY);
    await t.addProspect('p2', 'Person Two');
    await expect(t.auto.runScheduled()).resolves.toBeUndefined();
    const status = await t.auto.status();
    expect(status.last?.filename).toBe(`${HOME}/Nurture backups/nurture-backup-2026-12-09.nurture`);
    expect(status.lastFailure).toBeNull();
  });

  it('turning off removes the key and the alarm, keeps the list of files, and writes no more', async () => {
    const t = await setup();
    await t.addProspect('ada', 'Ada Sample');
    await t.turnOn({ keep: 1 });
    const status = await t.auto.configure({ enabled: false, frequency: 'daily', keep: 1 });
    expect(t.alarm.period).toBeNull();
    expect(await t.keys.get()).toBeNull();
    expect(status).toMatchObject({ enabled: false, keyStored: false });
    expect(status.last?.filename).toBe(`${HOME}/Nurture backups/nurture-backup-2026-12-07.nurture`);
    await t.addProspect('bruno', 'Bruno Sample');
    expect(await t.auto.now()).toEqual({ written: false, reason: 'no-key' });
    await t.auto.runScheduled();
    await t.auto.resume();
    expect(t.files()).toHaveLength(1);
    // On again: the key is gone, so the passphrase is asked for.
    await expect(t.auto.configure({ enabled: true, frequency: 'daily', keep: 1 })).rejects.toThrow(/passphrase/);
    expect(t.alarm.period).toBeNull();
  });

  it('reminds after 7 days without a backup while the data changed, once a day', async () => {
    const t = await setup();
    // The starter examples alone: nothing of the user's to lose.
    expect(await t.auto.status()).toMatchObject({ changedSinceLast: false, remind: false, last: null });
    await t.addProspect('ada', 'Ada Sample');
    // Never backed up, with data: reminded, until put off for the day.
    expect(await t.auto.status()).toMatchObject({ changedSinceLast: true, remind: true });
    await t.auto.remindLater();
    expect((await t.auto.status()).remind).toBe(false);
    t.advance(DAY);
    expect((await t.auto.status()).remind).toBe(true);

    await t.turnOn();
    await t.auto.configure({ enabled: false, frequency: 'daily', keep: 7 });
    t.advance(8 * DAY);
    // Old, but nothing changed since: no reminder.
    expect(await t.auto.status()).toMatchObject({ changedSinceLast: false, remind: false });
    await t.addProspect('bruno', 'Bruno Sample');
    expect(await t.auto.status()).toMatchObject({ changedSinceLast: true, remind: true });
    await t.auto.remindLater();
    expect((await t.auto.status()).remind).toBe(false);
    t.advance(DAY);
    expect((await t.auto.status()).remind).toBe(true);
  });

  it('does not remind within 7 days of the last backup', async () => {
    const t = await setup();
    await t.addProspect('ada', 'Ada Sample');
    await t.turnOn();
    await t.addProspect('bruno', 'Bruno Sample');
    t.advance(7 * DAY - 60_000);
    expect(await t.auto.status()).toMatchObject({ changedSinceLast: true, remind: false });
    t.advance(60_000);
    expect((await t.auto.status()).remind).toBe(true);
  });

  it('catches up a backup missed while the browser was closed, at the worker start', async () => {
    const t = await setup();
    await t.addProspect('ada', 'Ada Sample');
    await t.turnOn({ frequency: 'weekly' });
    t.alarm.period = null;
    await t.addProspect('bruno', 'Bruno Sample');
    t.advance(3 * DAY);
    await t.auto.resume();
    expect(t.alarm.period).toBe(10_080);
    expect(t.files()).toHaveLength(1);
    t.advance(4 * DAY);
    await t.auto.resume();
    expect(t.files()).toHaveLength(2);
  });

  it('records a failed download in the status, and no file', async () => {
    const t = await setup({ fail: true });
    await t.addProspect('ada', 'Ada Sample');
    const status = await t.turnOn();
    expect(status).toMatchObject({ enabled: true, keyStored: true, last: null, changedSinceLast: true });
    expect(status.lastFailure).toEqual({ at: t.now(), reason: 'the download failed (FILE_NO_SPACE)' });
    await expect(t.auto.now()).rejects.toThrow(/FILE_NO_SPACE/);
    expect(t.downloads.listeners.size).toBe(0);
  });

  it('goes through a blob URL where the context has one, revoked once the file is written', async () => {
    const t = await setup({ blobs: true });
    await t.addProspect('ada', 'Ada Sample');
    await t.turnOn();
    expect(t.downloads.requested[0]?.url).toMatch(/^blob:/);
    expect(t.downloads.revoked).toEqual([t.downloads.requested[0]?.url]);
    expect(isEncryptedBackup([...t.downloads.disk.values()][0]!)).toBe(true);
  });

  it('keeps a non-extractable key in its own database', async () => {
    const keys = indexedDbKeyStore(`nurture-device-keys-${++n}`);
    expect(await keys.get()).toBeNull();
    const made = await quickDerive(PASSPHRASE);
    await keys.set(made);
    const kept = await keys.get();
    expect(kept?.key.extractable).toBe(false);
    expect(kept?.salt).toEqual(made.salt);
    await keys.delete();
    expect(await keys.get()).toBeNull();
  });
});

describe('automatic backup requests', () => {
  async function routed() {
    const db = createDbHandle(`nurture-auto-routed-${++n}`);
    const alarm = fakeAlarm();
    const downloads = fakeDownloads();
    const { route } = createBackground({
      db,
      now: () => new Date(2026, 11, 7, 10).getTime(),
      version: '9.9.9',
      fetch: async () => new Response('', { status: 500 }),
      canFetch: async () => false,
      defaultLanguage: 'en',
      health: { get: async () => null, set: async () => {} },
      announce: () => {},
      autoBackup: {
        keys: indexedDbKeyStore(`nurture-device-routed-${n}`),
        area: memoryArea(),
        alarm,
        files: downloadFiles(downloads.api, null),
      },
    });
    return { route, alarm, downloads };
  }

  it('refuses a short, long or missing-typed passphrase and a keep out of 1..30, before any work', async () => {
    const { route, alarm, downloads } = await routed();
    const base = { enabled: true, frequency: 'daily', keep: 7 };
    for (const payload of [
      { ...base, passphrase: 'too short' },
      { ...base, passphrase: 'x'.repeat(1025) },
      { ...base, passphrase: 12345678901234 },
      { ...base, passphrase: null },
      { ...base, keep: 0 },
      { ...base, keep: 31 },
      { ...base, keep: 2.5 },
      { ...base, frequency: 'hourly' },
    ]) {
      expect(await route({ type: 'backup.autoConfigure', payload }, page), JSON.stringify(payload).slice(0, 80)).toMatchObject({
        ok: false,
        error: { code: 'malformed' },
      });
    }
    // A LinkedIn page can do none of it.
    for (const type of ['backup.autoStatus', 'backup.autoConfigure', 'backup.now', 'backup.remindLater']) {
      const payload = type === 'backup.autoConfigure' ? { ...base, passphrase: PASSPHRASE } : {};
      expect(await route({ type, payload }, content)).toMatchObject({ ok: false, error: { code: 'unauthorised' } });
    }
    expect(alarm.period).toBeNull();
    expect(downloads.requested).toEqual([]);
  });

  it('turns on, follows writes announced by other requests, and puts the reminder off', async () => {
    const { route, downloads } = await routed();
    const on = await route(
      { type: 'backup.autoConfigure', payload: { enabled: true, frequency: 'daily', keep: 7, passphrase: PASSPHRASE } },
      page,
    );
    expect(on).toMatchObject({ ok: true, value: { enabled: true, keyStored: true, changedSinceLast: false } });
    expect(downloads.requested).toHaveLength(1);
    expect(
      await route({ type: 'prospects.add', payload: { profilePath: '/in/ada', name: 'Ada Sample', headline: '', company: '' } }, page),
    ).toMatchObject({ ok: true });
    // The status's hash of the data was dropped by the write's announcement.
    expect(await route({ type: 'backup.autoStatus', payload: {} }, page)).toMatchObject({ ok: true, value: { changedSinceLast: true } });
    expect(await route({ type: 'backup.now', payload: {} }, page)).toMatchObject({ ok: true, value: { written: true } });
    expect(await route({ type: 'backup.now', payload: {} }, page)).toEqual({ ok: true, value: { written: false, reason: 'unchanged' } });
    expect(await route({ type: 'backup.remindLater', payload: {} }, page)).toEqual({ ok: true, value: { ok: true } });
  });
});
