// Tracking and replies in Firefox ESR, on the Chromium tier's saved pages. Tracking is the side
// panel's (side-panel.test.ts): what the page can click of ours tracks nobody.
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
  it('tracks nobody on clicks and keys the page forges on what we draw beside the profile', async () => {
    const page = await session.open(PROFILE);
    // Our share button comes after "More": the page finds the hosts that follow it and clicks them.
    const hosts = await until(
      () =>
        page.evaluate((more) => {
          const button = document.querySelector(more)!;
          return [...document.querySelectorAll<HTMLElement>('span')].filter(
            (span) =>
              span.style.display === 'inline-flex' &&
              span.childNodes.length === 0 &&
              button.compareDocumentPosition(span) & Node.DOCUMENT_POSITION_FOLLOWING,
          ).length;
        }, MORE),
      (n) => n === 1,
    );
    expect(hosts).toBe(1);
    await page.evaluate((more) => {
      const button = document.querySelector(more)!;
      for (const span of [...document.querySelectorAll<HTMLElement>('span')].filter(
        (span) =>
          span.style.display === 'inline-flex' &&
          span.childNodes.length === 0 &&
          button.compareDocumentPosition(span) & Node.DOCUMENT_POSITION_FOLLOWING,
      )) {
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

  it('records their answer in the open thread exactly once, also after reloads', async () => {
    // Replies are kept for tracked people only: Ada is tracked, as the side panel tracks her.
    await session.ask('prospects.add', {
      profilePath: '/in/ada-sample-42',
      name: 'Ada Sample',
      headline: '',
      company: 'Example Industries',
    });
    const page = await session.open(THREAD);
    const replies = async () => (await activityLog(session)).filter((line) => line.kind === 'replied');
    expect(await until(replies, (lines) => lines.length > 0)).toEqual([
      expect.objectContaining({ kind: 'replied', prospectId: '/in/ada-sample-42' }),
    ]);
    for (let i = 0; i < 2; i++) {
      await page.reload({ waitUntil: 'load' });
      await wait(800);
    }
    expect(await replies()).toHaveLength(1);
    await page.close();
  });
});
