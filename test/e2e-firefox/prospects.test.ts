// Tracking and replies in Firefox ESR, on the Chromium tier's saved pages. "Track as prospect"
// is reached as a keyboard user reaches it: Tab from LinkedIn's own last action ("More").
import { describe, expect, it } from 'vitest';
import { activityLog, firefoxPerFile, type FirefoxSession } from './launch';
import { until } from './keyboard';

let session: FirefoxSession;
firefoxPerFile((started) => (session = started));

const PROFILE = 'https://www.linkedin.com/in/ada-sample-42/';
const THREAD = 'https://www.linkedin.com/messaging/thread/2-ada/';
const MORE = '[componentkey$="Topcard"] button[aria-expanded]';

const wait = (ms: number) => new Promise((done) => setTimeout(done, ms));
const prospect = () => session.ask<{ id: string; name: string; stage: string } | null>('prospects.get', { id: '/in/ada-sample-42' });

describe('prospects and replies in Firefox ESR', () => {
  it('tracks nobody on a click the page forges on “Track as prospect”', async () => {
    const page = await session.open(PROFILE);
    // Our two buttons come after "More": the page finds the hosts that follow it and clicks them.
    const hosts = await until(
      () =>
        page.evaluate((more) => {
          const button = document.querySelector(more)!;
          return [...document.querySelectorAll<HTMLElement>('span')].filter((span) => span.style.display === 'inline-flex' && span.childNodes.length === 0 && button.compareDocumentPosition(span) & Node.DOCUMENT_POSITION_FOLLOWING).length;
        }, MORE),
      (n) => n === 2,
    );
    expect(hosts).toBe(2);
    await page.evaluate((more) => {
      const button = document.querySelector(more)!;
      for (const span of [...document.querySelectorAll<HTMLElement>('span')].filter((span) => span.style.display === 'inline-flex' && span.childNodes.length === 0 && button.compareDocumentPosition(span) & Node.DOCUMENT_POSITION_FOLLOWING)) {
        const box = span.getBoundingClientRect();
        const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2) as HTMLElement;
        hit.click();
        hit.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
        hit.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', code: 'Space', bubbles: true, composed: true }));
      }
    }, MORE);
    await wait(500);
    expect(await prospect()).toBeNull();
    expect(await activityLog(session)).toEqual([]);
    await page.close();
  });

  it('tracks a person from their profile by keyboard, one prospect also after a reload', async () => {
    const page = await session.open(PROFILE);
    await until(() => page.evaluate(() => document.querySelectorAll('span[style*="inline-flex"]').length), (n) => n >= 2);
    // LinkedIn's "More", then Tab: "Track as prospect" (its fixed-size host), Enter. The next
    // Tab would be "Share content".
    await page.focus(MORE);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).style.width)).toBe('15em');
    await page.keyboard.press('Enter');
    expect(await until(prospect, (p) => p !== null)).toMatchObject({ id: '/in/ada-sample-42', name: 'Ada Sample' });
    // After a reload: still the one prospect.
    await page.reload({ waitUntil: 'load' });
    await wait(800);
    const prospects = await session.ask<unknown[]>('prospects.list', {});
    expect(prospects).toHaveLength(1);
    await page.close();
  });

  it('records their answer in the open thread exactly once, also after reloads', async () => {
    const page = await session.open(THREAD);
    const replies = async () => (await activityLog(session)).filter((line) => line.kind === 'replied');
    expect(await until(replies, (lines) => lines.length > 0)).toEqual([expect.objectContaining({ kind: 'replied', prospectId: '/in/ada-sample-42' })]);
    for (let i = 0; i < 2; i++) {
      await page.reload({ waitUntil: 'load' });
      await wait(800);
    }
    expect(await replies()).toHaveLength(1);
    await page.close();
  });
});
