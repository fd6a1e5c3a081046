// Automatic, encrypted backups (issue 31), in Chromium with the built extension: turned on with
// a passphrase, the first backup lands at once in Downloads/Nurture backups/, encrypted (no
// prospect's name in its bytes); a fresh browser profile restores it with the passphrase and
// every store equals the original, and a wrong passphrase restores nothing.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { ask } from './ask';
import { launch, type Session } from './launch';

const PASSPHRASE = 'correct horse battery staple';
const downloads = mkdtempSync(join(tmpdir(), 'nurture-downloads-'));
const sessions: Session[] = [];
afterAll(async () => {
  for (const session of sessions) await session.close();
  rmSync(downloads, { recursive: true, force: true });
});

/** A browser whose downloads go, under their own names, to the test's folder (the user's Downloads). */
async function browserWithDownloads(): Promise<{ session: Session; dashboard: Page }> {
  const session = await launch([], { downloads });
  sessions.push(session);
  const dashboard = await session.context.newPage();
  await dashboard.goto(session.url('src/dashboard/index.html#data'));
  return { session, dashboard };
}

/** Every store as the plain backup holds it (the export's own order), without its date. */
async function stores(dashboard: Page): Promise<unknown> {
  const { text } = await ask<{ text: string }>(dashboard, 'backup.export', {});
  return (JSON.parse(text) as { stores: unknown }).stores;
}

describe('automatic encrypted backups in Chromium', () => {
  let written = '';
  let original: unknown;

  it('writes the first backup at once into Downloads/Nurture backups, encrypted', async () => {
    const { dashboard } = await browserWithDownloads();
    // A salesperson's data: two prospects with notes and stages, a manual log entry.
    await ask(dashboard, 'prospects.add', {
      profilePath: '/in/ada-sample-42',
      name: 'Ada Sample',
      headline: 'COO at Example Industries',
      company: 'Example Industries',
    });
    await ask(dashboard, 'prospects.update', {
      id: '/in/ada-sample-42',
      patch: { stage: 'evaluation', notes: 'Asked about pricing in Lyon' },
    });
    await ask(dashboard, 'prospects.add', {
      profilePath: '/in/bruno-exemple',
      name: 'Bruno Exemple',
      headline: 'CFO',
      company: 'Exemple Foods',
    });
    await ask(dashboard, 'activity.add', { kind: 'call', prospectId: '/in/ada-sample-42', note: 'Call with Ada about the shortlist' });
    original = await stores(dashboard);

    await dashboard.reload();
    await dashboard.getByRole('checkbox', { name: 'Back up automatically' }).check();
    await dashboard.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await dashboard.getByLabel('Passphrase again', { exact: true }).fill(PASSPHRASE);
    await dashboard.getByRole('button', { name: 'Turn on' }).click();
    // The status names the file written, as the browser reports it.
    await expect
      .poll(async () => (await ask<{ last: { filename: string } | null }>(dashboard, 'backup.autoStatus', {})).last?.filename ?? '', {
        timeout: 30_000,
      })
      .not.toBe('');
    written = (await ask<{ last: { filename: string } }>(dashboard, 'backup.autoStatus', {})).last.filename;
    expect(relative(downloads, written)).toMatch(/^Nurture backups\/nurture-backup-\d{4}-\d{2}-\d{2}( \(\d+\))?\.nurture$/);
    expect(existsSync(written)).toBe(true);
    const bytes = readFileSync(written);
    expect(bytes.toString('utf8')).toMatch(/^\{"nurture":"encrypted-backup","version":1,/);
    for (const secret of ['Ada Sample', 'Bruno', 'Example Industries', 'pricing', 'ada-sample-42'])
      expect(bytes.includes(Buffer.from(secret)), secret).toBe(false);

    // Nothing changed since: "Back up now" writes no second file.
    expect(await ask(dashboard, 'backup.now', {})).toEqual({ written: false, reason: 'unchanged' });
  });

  it('restores it in a fresh profile with the passphrase, every store equal; a wrong one restores nothing', async () => {
    expect(written).not.toBe('');
    const { dashboard } = await browserWithDownloads();
    const before = await stores(dashboard);
    const choose = () => dashboard.locator('input[name="backup-file"]').setInputFiles(written);

    // A wrong passphrase: said so, nothing restored.
    await choose();
    await dashboard.getByLabel('Backup passphrase').fill('not the passphrase at all');
    await dashboard.getByRole('button', { name: 'Unlock' }).click();
    await expect.poll(() => dashboard.getByTestId('restore-status').textContent(), { timeout: 30_000 }).toMatch(/Wrong passphrase/);
    expect(await stores(dashboard)).toEqual(before);

    // The right one: what is inside first (two prospects), then Replace.
    await dashboard.getByLabel('Backup passphrase').fill(PASSPHRASE);
    await dashboard.getByRole('button', { name: 'Unlock' }).click();
    const summary = dashboard.getByTestId('restore-summary');
    await summary.waitFor({ timeout: 30_000 });
    expect(await summary.innerText()).toMatch(/2/);
    await dashboard.getByRole('button', { name: 'Replace', exact: true }).click();
    // Asked in the dashboard's own dialog (no browser prompt).
    await dashboard.getByRole('dialog').getByRole('button', { name: 'Replace', exact: true }).click();
    await expect.poll(() => dashboard.getByTestId('restore-status').textContent(), { timeout: 30_000 }).toMatch(/^Restored/);
    expect(await stores(dashboard)).toEqual(original);
  });
});
