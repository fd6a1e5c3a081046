// Clicks from web analytics (issue 28), end to end in Chromium: an item shared in a LinkedIn
// message to a tracked person and seen sent, then a Google Analytics 4 export (its `#` preamble,
// 7 sessions for that link's utm_content beside campaigns not ours) chosen in Insights' file
// input as a user would: Insights shows 7 clicks for the item, beside its share.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { localDay } from '../../src/domain/time/local-date';
import { ask } from './ask';
import { describeViolations, seriousViolations } from './axe';
import { sessionPerFile, type Session } from './launch';
import { OurUi } from './our-ui';

let session: Session;
sessionPerFile((started) => (session = started));

const THREAD = 'https://www.linkedin.com/messaging/thread/2-ada/';
const ADA = '/in/ada-sample-42';

/** A GA4 Traffic acquisition download, as docs/analytics-imports.md describes it. */
function ga4Export(from: string, to: string, rows: [content: string, sessions: number][]): string {
  const compact = (day: string) => day.replaceAll('-', '');
  return [
    '# ----------------------------------------',
    '# Traffic acquisition: Session manual ad content',
    '# Account: Example',
    '# Property: example.com - GA4',
    '# ----------------------------------------',
    '#',
    '# All Users',
    `# Start date: ${compact(from)}`,
    `# End date: ${compact(to)}`,
    '# ----------------------------------------',
    '',
    'Session manual ad content,Sessions,Engaged sessions,Views',
    ...rows.map(([content, sessions]) => `${content},${sessions},${Math.max(0, sessions - 1)},${sessions * 2}`),
    '',
    'Grand total,9999,5000,20000',
    '',
  ].join('\n');
}

/** Shares an item in Ada's conversation with the picker and shows the message sent: the tagged link shared. */
async function shareToAda(): Promise<{ link: URL; page: Page }> {
  const page = await session.context.newPage();
  await page.goto(THREAD);
  const editor = page.locator('form.msg-form .msg-form__contenteditable');
  await editor.click();
  await (await OurUi.of(page)).pickFirst('form.msg-form', 'cost of doing nothing', 'The cost of doing nothing');
  await expect.poll(() => editor.innerText(), { timeout: 10_000 }).toContain('https://example.com/nurture-starter/');
  const link = /(https:\/\/\S+)/.exec(await editor.innerText())![1]!;
  // The user pressed Send: LinkedIn shows their message, with the link, in the thread.
  await page.evaluate((href) => {
    const li = document.createElement('li');
    li.className = 'msg-s-message-list__event';
    li.innerHTML =
      '<div class="msg-s-event-listitem" data-event-urn="urn:li:msg_message:(urn:li:fsd_profile:SELF,2-CLK1)"><p class="msg-s-event-listitem__body">Hello Ada, <a></a></p></div>';
    const a = li.querySelector('a')!;
    a.href = href;
    a.textContent = href;
    document.querySelector('.msg-s-message-list-content')!.append(li);
  }, link);
  return { link: new URL(link), page };
}

const clickRow = (page: Page, contentId: string) => page.getByTestId('clicks-table').locator(`tr[data-key="${contentId}"]`);

describe('clicks imported from web analytics', () => {
  it('shows the 7 sessions GA4 counted for a shared link as 7 clicks of its item in Insights', async () => {
    const dashboard = await session.context.newPage();
    await dashboard.goto(session.url('src/dashboard/index.html#library'));
    await ask(dashboard, 'prospects.add', { profilePath: ADA, name: 'Ada Sample', headline: 'CFO', company: 'Example Industries' });

    const { link, page } = await shareToAda();
    const content = link.searchParams.get('utm_content')!;
    expect(content).toBe('cost-of-doing-nothing');
    // The share is logged, to Ada, and seen sent.
    const shareOf = async () => {
      const timeline = await ask<{ kind: string; status?: string; contentId: string | null; link?: string }[]>(
        dashboard,
        'prospects.timeline',
        { id: ADA },
      );
      return timeline.find((entry) => entry.kind === 'shared' && entry.link === link.href);
    };
    await expect.poll(async () => (await shareOf())?.status, { timeout: 10_000 }).toBe('sent');
    await page.close();
    const contentId = (await shareOf())!.contentId!;

    // The export of the days around today: 7 sessions for our link, others for campaigns not ours.
    const today = await dashboard.evaluate(() => Date.now());
    const from = localDay(today - 6 * 86_400_000);
    const to = localDay(today);
    const file = ga4Export(from, to, [
      ['(not set)', 12480],
      ['spring-sale-banner', 311],
      [content, 7],
      ['newsletter-december', 95],
    ]);

    await dashboard.goto(session.url('src/dashboard/index.html#insights?period=4w'));
    const input = dashboard.getByLabel(/Import clicks/);
    await input.waitFor({ state: 'attached', timeout: 20_000 });
    expect(await input.getAttribute('data-testid')).toBe('clicks-import');
    await input.setInputFiles({
      name: 'Traffic_acquisition_Session_manual_ad_content.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(file, 'utf8'),
    });

    const status = dashboard.getByTestId('clicks-import-status');
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toMatch(/7 clicks/);
    // The rows of other campaigns are counted as not ours, not dropped in silence.
    expect(await status.textContent()).toMatch(/3 rows not from Nurture links/);

    const row = clickRow(dashboard, contentId);
    await expect.poll(() => row.locator('.clicks').textContent(), { timeout: 20_000 }).toBe('7');
    expect(await row.locator('th').textContent()).toBe('The cost of doing nothing: a one-page calculator');
    expect(await row.locator('.shares').textContent()).toBe('1');
    expect(await row.locator('.clicks-per-share').textContent()).toMatch(/^7(\.0)?$/);

    // What is stored is the period's count per item: importing the same export again replaces it.
    await input.setInputFiles({ name: 'again.csv', mimeType: 'text/csv', buffer: Buffer.from(file, 'utf8') });
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toMatch(/7 clicks/);
    await expect.poll(() => row.locator('.clicks').textContent()).toBe('7');
    const figures = await ask<{ byContent: [string, number][]; imports: unknown[] }>(dashboard, 'clicks.figures', { period: '4w' });
    expect(figures.byContent).toEqual([[contentId, 7]]);
    expect(figures.imports).toHaveLength(1);
    // The import, its list, the table and the item's funnel, read by axe as the rest of Insights is.
    await dashboard.getByTestId('clicks-weeks').waitFor();
    const violations = await seriousViolations(dashboard);
    expect(violations, describeViolations('insights with clicks', violations)).toEqual([]);
    await dashboard.close();
  });
});
