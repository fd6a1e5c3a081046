// Team stats in the built extension: a rep's log seeded from an extension page (through a
// backup restore, the one way a page may write shares), "Export team stats" from Insights, then
// that file and a second rep's hand-written one (test/fixtures/team/rep-b.json) loaded as a
// manager would: the merged table's figures read from the DOM against totals worked by hand.
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { sessionPerFile, type Session } from './launch';

let session: Session;
sessionPerFile((started) => (session = started));
const dir = mkdtempSync(join(tmpdir(), 'nurture-team-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Rep A's log: the case study sent to a CFO in evaluation (answered) and a COO in awareness; the white paper a draft for the COO. */
async function seed(page: Page) {
  const answer = await page.evaluate(async () => {
    const now = Date.now();
    const exported = (await chrome.runtime.sendMessage({ type: 'backup.export', payload: {} })) as { value: { text: string } };
    const backup = JSON.parse(exported.value.text);
    const item = (id: string, title: string) => ({
      id,
      url: `https://example.com/resources/${id}`,
      title,
      summary: '',
      format: 'case-study',
      language: 'en',
      topics: [],
      personas: [],
      stages: ['evaluation'],
      captions: [],
      publishedAt: null,
      expiresAt: null,
      freshAt: now,
      sourceId: null,
      example: false,
      addedAt: now,
      updatedAt: now,
      curatedAt: null,
    });
    const person = (id: string, name: string, persona: string, stage: string) => ({
      id,
      name,
      headline: 'Finance',
      company: 'Acme Analytics',
      persona,
      stage,
      tags: [],
      notes: 'Met at the fair',
      nextFollowUp: null,
      createdAt: now - 9e8,
      lastContactAt: null,
      lastReplyAt: null,
    });
    const base = { channel: 'message', url: 'https://www.linkedin.com/messaging/thread/2-abc/', externalId: null, note: '' };
    backup.stores.content = [item('case-lyon', 'Case study: the Lyon plant'), item('pricing', 'White paper: pricing')];
    backup.stores.prospects = [
      person('/in/ada-sample-42', 'Ada Sample', 'CFO', 'evaluation'),
      person('/in/grace-example', 'Grace Example', 'COO', 'awareness'),
    ];
    backup.stores.interactions = [
      { ...base, id: 1, at: now - 4e6, kind: 'shared', prospectId: '/in/ada-sample-42', contentId: 'case-lyon', status: 'sent' },
      {
        ...base,
        id: 2,
        at: now - 3e6,
        kind: 'replied',
        prospectId: '/in/ada-sample-42',
        contentId: null,
        externalId: 'e2e-reply-1',
        note: 'Thanks Ana',
      },
      { ...base, id: 3, at: now - 2e6, kind: 'shared', prospectId: '/in/grace-example', contentId: 'case-lyon', status: 'sent' },
      { ...base, id: 4, at: now - 1e6, kind: 'shared', prospectId: '/in/grace-example', contentId: 'pricing', status: 'draft' },
    ];
    return chrome.runtime.sendMessage({ type: 'backup.import', payload: { text: JSON.stringify(backup), mode: 'replace' } });
  });
  expect(answer).toMatchObject({ ok: true });
}

/** The merged table, one array of cell texts per row (the title's disclosure reduced to its summary). */
async function contentRows(page: Page): Promise<string[][]> {
  return page
    .getByTestId('team-content')
    .locator(':scope > tbody > tr')
    .evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => (cell.querySelector('summary') ?? cell).textContent!.trim())));
}

describe('team stats in Chromium', () => {
  it('exports this rep’s file from Insights, then merges it with a second rep’s into the team table', async () => {
    const page = await session.context.newPage();
    await page.goto(session.url('src/dashboard/index.html#insights'));
    await seed(page);
    // The restore announced its writes: wait until the insights show the seeded log, so nothing re-renders under the clicks.
    await page.getByTestId('insights').locator('td, th', { hasText: 'Case study: the Lyon plant' }).first().waitFor({ timeout: 20_000 });
    await page.getByTestId('team-stats').waitFor({ timeout: 10_000 });

    await page.getByLabel('Label for this file (optional)').fill('Rep A');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export team stats' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^nurture-team-stats-[0-9a-f]{8}-\d{4}-\d{2}-\d{2}\.json$/);
    const text = readFileSync((await file.path())!, 'utf8');
    for (const personal of ['Ada', 'Grace', 'Sample', 'ada-sample-42', 'Acme', 'Met at the fair', 'Thanks', 'linkedin'])
      expect(text).not.toContain(personal);
    const exported = JSON.parse(text);
    expect(exported).toMatchObject({ format: 'nurture-team-stats', version: 1, label: 'Rep A', exportNumber: 1 });
    expect(
      exported.items.map((item: { url: string; shares: number; sent: number; replies: number }) => [
        item.url,
        item.shares,
        item.sent,
        item.replies,
      ]),
    ).toEqual([
      ['https://example.com/resources/case-lyon', 2, 2, 1],
      ['https://example.com/resources/pricing', 1, 0, 0],
    ]);

    const repA = join(dir, 'rep-a.json');
    copyFileSync((await file.path())!, repA);
    const files = page.locator('input[name="team-files"]');
    await files.setInputFiles([repA, resolve('test/fixtures/team/rep-b.json')]);
    await page.getByTestId('team-view').waitFor({ timeout: 10_000 });

    // By hand: case study A 2/2/1 + B 3/3/2; white paper A 1/0/0 + B 2/2/1; webinar B 1/1/0.
    expect(await contentRows(page)).toEqual([
      ['Case study: the Lyon plant', '2', '5', '5', '3', '60%'],
      ['White paper: pricing', '2', '3', '2', '1', '50%'],
      ['Webinar: forecasting', '1', '1', '1', '0', '0%'],
    ]);
    expect(await page.getByTestId('team-total').locator('th, td').allTextContents()).toEqual(['Whole team', '2', '9', '8', '4', '50%']);
    // Per persona: CFO A 1/1/1 + B 2/2/2; COO A 1/1/0 + 1/0/0 + B 2/2/1; CTO B 1/1/0.
    const personaRows = await page
      .getByTestId('team-persona')
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent)));
    expect(personaRows).toEqual([
      ['CFO', '3', '3', '3', '100%'],
      ['COO', '4', '3', '1', '33%'],
      ['CTO', '1', '1', '0', '0%'],
    ]);
    expect(await page.getByTestId('team-summary').textContent()).toMatch(/^Files loaded: 2 · reps: 2 · weeks from /);
    await expect.poll(() => page.getByText('Labels: Rep A, Rep B').count()).toBe(1);

    // The same rep's file again: counted once, and the page says which copy it set aside.
    const copy = join(dir, 'rep-a-again.json');
    copyFileSync(repA, copy);
    await files.setInputFiles([copy]);
    await expect.poll(() => page.getByTestId('team-summary').textContent()).toMatch(/^Files loaded: 3 · reps: 2 · /);
    expect(await page.getByTestId('team-set-aside').textContent()).toBe('Older copies set aside: rep-a.json');
    expect(await page.getByTestId('team-total').locator('td').allTextContents()).toEqual(['2', '9', '8', '4', '50%']);
    expect(await page.getByText('Each rep counts once').count()).toBe(1);

    // A file that is not one is refused by name, and changes nothing.
    const bad = join(dir, 'notes.json');
    copyFileSync(resolve('package.json'), bad);
    await files.setInputFiles([bad]);
    await expect.poll(() => page.getByTestId('team-refused').textContent()).toBe('notes.json: not a Nurture team stats file.');
    expect(await page.getByTestId('team-total').locator('td').allTextContents()).toEqual(['2', '9', '8', '4', '50%']);
    await page.close();
  });
});
