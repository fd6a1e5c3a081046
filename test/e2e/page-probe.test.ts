// Issue 32: closed shadow roots hide our DOM, not our rendering. A script in LinkedIn's page
// searched the rendered text, restyled and measured our hosts, hit-tested the open picker and
// watched the shortcut: what it learns must not depend on whether the person is tracked. Each
// probe runs before the person is tracked and after (stage, notes, follow-up set), on the same
// page, and the two must be equal. SECURITY.md, threats 19-23.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask } from './ask';
import { launch, type Session } from './launch';
import { OurUi, SHARE } from './our-ui';
import { PERSONAL_WORDS, STAGE_WORDS, hitGrid, keysSeen, listenToKeys, textAndHosts } from './page-probe';

let session: Session;
let dashboard: Page;
beforeAll(async () => {
  session = await launch();
  dashboard = await session.context.newPage();
  await dashboard.goto(session.url('src/dashboard/index.html#settings'));
});
afterAll(async () => {
  await session?.close();
});

const ADA = '/in/ada-sample-42';
const PROFILE = 'https://www.linkedin.com/in/ada-sample-42/';
const THREAD = 'https://www.linkedin.com/messaging/thread/2-ada/';
const REPLY_BOX = 'form.msg-form';

/** Ada tracked as a salesperson would have her: a stage, notes, a follow-up. */
async function trackAda(): Promise<void> {
  await ask(dashboard, 'prospects.add', {
    profilePath: ADA,
    name: 'Ada Sample',
    headline: 'COO at Example Industries',
    company: 'Example Industries',
  });
  await ask(dashboard, 'prospects.update', {
    id: ADA,
    patch: {
      stage: 'evaluation',
      persona: 'Operations',
      notes: 'Prospect · Evaluation: asked about pricing',
      nextFollowUp: Date.now() + 3 * 86_400_000,
    },
  });
}
async function untrackAda(): Promise<void> {
  await ask(dashboard, 'prospects.erase', { id: ADA });
}

/** Everything the page learns of a profile with our share button, its picker open. */
async function probeProfile(page: Page) {
  await page.goto(PROFILE);
  const ui = await OurUi.of(page);
  await ui.find({ role: 'button', name: SHARE });
  const closed = await textAndHosts(page);
  await ui.click({ role: 'button', name: SHARE });
  await ui.find({ role: 'dialog' });
  await ui.find({ role: 'option' });
  // The preview below the options comes a moment later: wait until it has settled.
  await page.waitForTimeout(400);
  const open = await textAndHosts(page);
  const grid = await hitGrid(page);
  await page.keyboard.press('Escape');
  return { closed, open, grid };
}

/** The conversation: the keystroke of the old shortcut, the picker opened by the command, the grid. */
async function probeThread(page: Page) {
  await page.goto(THREAD);
  const ui = await OurUi.of(page);
  await expect.poll(() => ui.count({ role: 'button', name: SHARE, within: REPLY_BOX }), { timeout: 10_000 }).toBe(1);
  await listenToKeys(page);
  await page.locator(`${REPLY_BOX} [contenteditable="true"]`).first().click();
  await page.keyboard.press('Alt+Shift+KeyS');
  await page.waitForTimeout(300);
  const keys = await keysSeen(page);
  const closed = await textAndHosts(page);
  // The command (Alt+Shift+S through the browser's commands API, which a page never sees):
  // the background asks the tab to open the picker of the focused box.
  await session.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    await chrome.tabs.sendMessage(tab!.id!, { type: 'picker.open' });
  });
  await ui.find({ role: 'dialog', within: REPLY_BOX });
  await ui.find({ role: 'option', within: REPLY_BOX });
  await page.waitForTimeout(400);
  const open = await textAndHosts(page);
  const grid = await hitGrid(page);
  await page.keyboard.press('Escape');
  return { keys, closed, open, grid };
}

describe('what a page can learn of what we draw in it (issue 32)', () => {
  it('is the same on a profile whether the person is tracked or not', async () => {
    const page = await session.context.newPage();
    await page.bringToFront();
    const untracked = await probeProfile(page);
    await trackAda();
    const tracked = await probeProfile(page);
    await untrackAda();
    // The probe does see us: our host, and the picker over the page.
    expect(untracked.closed.hosts.length).toBeGreaterThan(0);
    expect(untracked.grid).not.toEqual(await hitGrid(page));
    expect(tracked).toEqual(untracked);
    // And none of a person's words is drawn, tracked or not.
    for (const word of PERSONAL_WORDS) expect(tracked.open.found[word], word).toBe(untracked.open.found[word]);
    // The picker's chips name the stages items are for: drawn so that the page's search never
    // finds those words. (The starter library's texts say "customer" and "purchase" in words of
    // their own, never these three, which only its items' stages carry.)
    for (const word of STAGE_WORDS) expect(tracked.open.found[word], word).toBe(false);
    await page.close();
  });

  it('is the same in a conversation, shortcut pressed and picker open, tracked or not', async () => {
    const page = await session.context.newPage();
    await page.bringToFront();
    const untracked = await probeThread(page);
    await trackAda();
    const tracked = await probeThread(page);
    await untrackAda();
    // The page's listeners see the keystroke as the browser gave it: nothing of ours handled it.
    expect(untracked.keys.filter((line) => line.startsWith('keydown') && line.includes('KeyS'))).not.toHaveLength(0);
    expect(untracked.keys.filter((line) => line.endsWith(' true'))).toEqual([]);
    expect(tracked).toEqual(untracked);
    await page.close();
  });

  it('tracks nobody when the page puts our hosts, transparent, over its own button (clickjacking)', async () => {
    const page = await session.context.newPage();
    await page.bringToFront();
    await page.goto('https://www.linkedin.com/in/mallory-fake-9/');
    const ui = await OurUi.of(page);
    await ui.find({ role: 'button', name: SHARE });
    // No control of ours in the page can track, stage or link anyone.
    expect(await ui.names({ role: 'button', name: /track|prospect|stage|follow/i })).toEqual([]);
    // The page draws its own card and button, and moves every bare span (our hosts among them)
    // over the button, invisible.
    const [x, y] = await page.evaluate(() => {
      const card = document.createElement('div');
      card.innerHTML =
        '<h2>Mallory Fake</h2><p>CEO at Fake Corp</p><button id="continue" style="position:fixed;left:40px;top:40px;width:240px;height:60px;z-index:1">Continue to article</button>';
      document.body.append(card);
      for (const span of document.querySelectorAll('span')) {
        if (span.childNodes.length !== 0 || span.attributes.length > 1) continue;
        Object.assign(span.style, {
          position: 'fixed',
          left: '40px',
          top: '40px',
          width: '240px',
          height: '60px',
          opacity: '0',
          zIndex: '2147483647',
        });
      }
      return [160, 70];
    });
    await page.mouse.click(x, y);
    await page.waitForTimeout(500);
    await page.mouse.click(x, y);
    await page.waitForTimeout(500);
    expect(await ask(dashboard, 'prospects.list', {})).toEqual([]);
    expect(await ask(dashboard, 'prospects.find', { profilePath: '/in/mallory-fake-9', name: 'Mallory Fake' })).toBeNull();
    await page.close();
  });
});
