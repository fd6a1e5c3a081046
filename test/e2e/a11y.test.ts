// Accessible in both languages: axe-core finds no serious or critical violation in the popup,
// each dashboard view and the picker inside LinkedIn (how the picker is reached: test/e2e/axe.ts),
// and every view can be walked with Tab alone, each stop showing where the focus is.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Session } from './launch';
import { describeViolations, mountMarkup, pickerMarkup, seriousViolations } from './axe';
import { OurUi } from './our-ui';

const PROSPECT = '/in/ada-sample-42';
const THREAD = 'https://www.linkedin.com/messaging/thread/2-ada/';
const DASHBOARD = 'src/dashboard/index.html';
/** A message as the user reads it in `language`. */
const message = (language: string, key: string): string =>
  (JSON.parse(readFileSync(`public/_locales/${language}/messages.json`, 'utf8')) as Record<string, { message: string }>)[key]!.message;
const VIEWS: [string, string][] = [
  ['library', '#library'],
  ['sources', '#sources'],
  ['prospects list', '#prospects'],
  ["a prospect's page", `#prospect=${encodeURIComponent(PROSPECT)}`],
  ['activity', '#activity'],
  ['insights', '#insights'],
  ['settings', '#settings'],
  ['backup (your data)', '#data'],
  ['welcome (the first run)', '#welcome'],
];

async function expectNoSerious(page: Page, where: string) {
  const violations = await seriousViolations(page);
  expect(violations, describeViolations(where, violations)).toEqual([]);
}

interface Stop {
  what: string;
  visible: boolean;
}

// The element that has the focus, through open shadow roots, and whether its focus shows
// (an outline or a box shadow drawn for it).
const FOCUSED = `(() => {
  let el = document.activeElement;
  while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
  if (!el || el === document.body) return null;
  const style = getComputedStyle(el);
  const visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
  const name = el.getAttribute('aria-label') || el.textContent.trim().slice(0, 40) || el.getAttribute('name') || '';
  return { what: el.tagName.toLowerCase() + (el.type ? '[' + el.type + ']' : '') + ' "' + name + '"', visible };
})()`;

/** Tabs from the top of the page until the focus leaves it or comes back round; answers each stop. */
async function tabStops(page: Page, max = 80): Promise<Stop[]> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const stops: Stop[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const stop = (await page.evaluate(FOCUSED)) as Stop | null;
    if (!stop || (stops.length > 0 && stop.what === stops[0]!.what)) break;
    stops.push(stop);
  }
  return stops;
}

async function expectKeyboardWalk(page: Page, where: string, least: number) {
  const stops = await tabStops(page);
  expect(stops.length, `${where}: focus stops ${JSON.stringify(stops.map((s) => s.what))}`).toBeGreaterThanOrEqual(least);
  expect(
    stops.filter((stop) => !stop.visible).map((stop) => stop.what),
    `${where}: stops with no visible focus`,
  ).toEqual([]);
}

describe.each([
  ['en', 'en'],
  ['fr', 'fr'],
])('accessibility in %s', (language, expected) => {
  let session: Session;
  let page: Page;
  beforeAll(async () => {
    session = await launch([], language === 'en' ? {} : { language });
    page = await session.context.newPage();
    await page.goto(session.url(`${DASHBOARD}#library`));
    await page.evaluate(
      async ({ id }) => {
        await chrome.runtime.sendMessage({
          type: 'prospects.add',
          payload: { profilePath: id, name: 'Ada Sample', headline: 'CFO', company: 'Acme Analytics' },
        });
        await chrome.runtime.sendMessage({ type: 'activity.add', payload: { kind: 'call', prospectId: id, note: 'Pilot call' } });
      },
      { id: PROSPECT },
    );
  });
  afterAll(async () => {
    await session.close();
  });

  it(`shows our pages in ${language}`, async () => {
    expect(String(await page.evaluate(() => chrome.i18n.getUILanguage()))).toMatch(new RegExp(`^${expected}`));
  });

  it('the popup has no serious or critical violation and is walked by keyboard with visible focus', async () => {
    const popup = await session.context.newPage();
    await popup.goto(session.url('src/popup/index.html'));
    await popup.getByTestId('activity').waitFor({ timeout: 10_000 });
    await expectNoSerious(popup, `popup (${language})`);
    await expectKeyboardWalk(popup, `popup (${language})`, 3);
    await popup.close();
  });

  it.each(VIEWS)('the dashboard view %s has no serious or critical violation, and keyboard stops show their focus', async (name, hash) => {
    await page.goto(session.url(`${DASHBOARD}${hash}`));
    await page.locator('main > *').first().waitFor({ timeout: 10_000 });
    // Let the live queries answer: what is checked is the view with its data.
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    await expectNoSerious(page, `${name} (${language})`);
    // The tabs (7 links) and at least one control of the view.
    await expectKeyboardWalk(page, `${name} (${language})`, 8);
  });

  it("the activity view's dialog to log an interaction, its prospect combobox open on its matches, passes too", async () => {
    await page.goto(session.url(`${DASHBOARD}#activity`));
    await page.getByRole('button', { name: message(language, 'activityLogOpen') }).click();
    const dialog = page.getByRole('dialog', { name: message(language, 'activityLogOpen') });
    const field = dialog.getByRole('combobox', { name: message(language, 'activityWho'), exact: true });
    await field.focus();
    await page.keyboard.type('ada');
    await expect
      .poll(() => dialog.locator('.combobox').getByRole('option').allTextContents(), { timeout: 10_000 })
      .toEqual(['Ada Sample · Acme Analytics']);
    await expectNoSerious(page, `activity combobox (${language})`);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => field.inputValue()).toBe('Ada Sample · Acme Analytics');
    // The first Escape clears the field (the combobox uses it), the next one closes the dialog.
    await page.keyboard.press('Escape');
    await expect.poll(() => field.inputValue()).toBe('');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
  });

  it('the picker inside LinkedIn: its live tree has a focused, named search box and named options; its markup passes axe', async () => {
    const linkedin = await session.context.newPage();
    await linkedin.goto(THREAD);
    const ui = await OurUi.of(linkedin);
    const options = await ui.openPicker('form.msg-form', 'cfo', message(language, 'shareButton'));
    expect(options.length).toBeGreaterThan(0);
    expect(options.every((option) => option.trim() !== '')).toBe(true);
    const dialog = await ui.find({ role: 'dialog', within: 'form.msg-form' });
    expect(dialog.name).not.toBe('');
    const search = await ui.find({ role: 'combobox', focused: true, within: 'form.msg-form' });
    expect(search.name).not.toBe('');

    const markup = await pickerMarkup(linkedin);
    await linkedin.close();
    expect(markup).toContain('role="listbox"');
    const blank = await session.context.newPage();
    await blank.goto(session.url(`${DASHBOARD}#library`));
    await blank.locator('main').waitFor();
    await mountMarkup(blank, markup, language);
    await expectNoSerious(blank, `picker (${language})`);
    await blank.close();
  });
});
