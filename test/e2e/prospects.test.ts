import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateInContentScript, sessionPerFile, workerStopper, type Session } from './launch';
import { OurUi, SHARE } from './our-ui';
import { trackFromPanel } from './side-panel';
import { timelineKinds } from './timeline';
import { fillDate } from './date-field';

let session: Session;
sessionPerFile((started) => (session = started));

const THREAD = 'https://www.linkedin.com/messaging/thread/2-ada/';

const timeline = () => timelineKinds(session, '/in/ada-sample-42');

/** Sets Ada's next follow-up in her record (a day, or '' for none). */
const setFollowUp = async (date: string) => {
  const page = await session.context.newPage();
  await page.goto(session.url(`src/dashboard/index.html#prospect=${encodeURIComponent('/in/ada-sample-42')}`));
  await fillDate(page, 'nextFollowUp', date);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => page.getByRole('status').first().textContent()).toBe('Saved');
  await page.close();
};
/** The names in the popup's due list once it has settled. */
const dueInPopup = async () => {
  const popup = await session.context.newPage();
  await popup.goto(session.url('src/popup/index.html'));
  // Under the closed "Report a problem": present, not visible.
  await popup.getByTestId('connection').waitFor({ state: 'attached' });
  await popup.waitForTimeout(300);
  const names = (await popup.getByTestId('due').count()) ? await popup.getByTestId('due').locator('button').allTextContents() : [];
  await popup.close();
  return names;
};

/** The local date of the browser, as the follow-up field takes it. */
const browserToday = () =>
  session.worker.evaluate(() => {
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  });

/**
 * Opens the popup and records every state its Today section went through (painted from the
 * cache, then answered), and every text it ever showed, until it has settled.
 */
async function popupStates() {
  const popup = await session.context.newPage();
  await popup.addInitScript(() => {
    const seen: { cached: boolean; due: string[] }[] = [];
    const texts: string[] = [];
    Object.assign(window, { seen, texts });
    new MutationObserver(() => {
      texts.push(document.body.textContent ?? '');
      const today = document.querySelector('.today');
      const due = [...document.querySelectorAll('[data-testid="due"] button')].map((button) => button.textContent ?? '');
      const state = { cached: today?.getAttribute('data-cached') === 'true', due };
      if (JSON.stringify(seen.at(-1)) !== JSON.stringify(state)) seen.push(state);
    }).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
  });
  await popup.goto(session.url('src/popup/index.html'));
  // Under the closed "Report a problem": present, not visible.
  await popup.getByTestId('connection').waitFor({ state: 'attached' });
  await popup.waitForFunction(() => performance.getEntriesByName('nurture:fresh-results').length > 0);
  await popup.waitForTimeout(300);
  const { seen, texts } = await popup.evaluate(() => {
    const recorded = window as unknown as { seen: { cached: boolean; due: string[] }[]; texts: string[] };
    return { seen: recorded.seen, texts: recorded.texts };
  });
  await popup.close();
  return { seen, texts };
}

/** What the popup's cache in storage.session holds, as text (read from an extension page: the worker may be stopped). */
/** The cached Today lists' text, or '' while a write has them dropped (asked again a second later). */
async function cachedTodayText(): Promise<string> {
  const all = JSON.parse(await popupCacheText()) as Record<string, unknown>;
  return JSON.stringify(all['popup:today'] ?? '');
}

async function popupCacheText(): Promise<string> {
  const page = await session.context.newPage();
  await page.goto(session.url('src/dashboard/index.html#settings'));
  const text = await page.evaluate(async () => JSON.stringify(await chrome.storage.session.get(null)));
  await page.close();
  return text;
}

describe('prospects and replies in Chromium', () => {
  it('tracks a person from their profile, once', async () => {
    const page = await session.context.newPage();
    await page.goto('https://www.linkedin.com/in/ada-sample-42/');
    await trackFromPanel(session, page, 'Ada Sample');
    await page.reload();
    // The page shows nothing of it: only the share button, tracked or not.
    const ui = await OurUi.of(page);
    await ui.find({ role: 'button', name: SHARE });
    expect(await ui.names({ role: 'button' })).toEqual([SHARE]);
    await page.close();

    const dashboard = await session.context.newPage();
    await dashboard.goto(session.url('src/dashboard/index.html#prospects'));
    await expect
      .poll(() => dashboard.getByTestId('prospects').locator('tbody tr').allTextContents(), { timeout: 10_000 })
      .toEqual([expect.stringContaining('Ada Sample')]);
    expect(await dashboard.getByTestId('prospects').textContent()).toContain('Example Industries');
    await dashboard.close();
  });

  it('records their answer in the open thread exactly once, also after reloads', async () => {
    const page = await session.context.newPage();
    await page.goto(THREAD);
    await expect.poll(timeline, { timeout: 10_000 }).toEqual(['replied']);

    // Share content to them in the conversation: logged with their name, as a draft.
    await (await OurUi.of(page)).pickFirst('form.msg-form', 'shortlist', 'Ten questions');
    const popup = await session.context.newPage();
    await popup.goto(session.url('src/popup/index.html'));
    await expect
      .poll(() => popup.getByTestId('activity').locator('li').first().textContent(), { timeout: 10_000 })
      .toMatch(/^Shared “Ten questions to ask before you build a shortlist” with Ada Sample ?Draft$/);
    await popup.close();
    expect(await timeline()).toEqual(['shared', 'replied']);
    await page.reload();
    await (await OurUi.of(page)).find({ role: 'button', name: SHARE });
    await page.waitForTimeout(600);
    await page.reload();
    await (await OurUi.of(page)).find({ role: 'button', name: SHARE });
    await page.waitForTimeout(600);
    expect(await timeline()).toEqual(['shared', 'replied']);
    await page.close();
  });

  it('credits no reply while LinkedIn still shows another conversation', async () => {
    const page = await session.context.newPage();
    // The Bruno row is open but the thread on screen is still Ada's.
    const stale = readFileSync('test/fixtures/linkedin/messaging-thread.html', 'utf8')
      .replace('convo-item-link msg-conversations-container__convo-item-link--active', 'convo-item-link')
      .replace(
        'msg-conversations-container__convo-item-link">\n            <h3 class="msg-conversation-card__participant-names"><span>Bruno',
        'msg-conversations-container__convo-item-link msg-conversations-container__convo-item-link--active">\n            <h3 class="msg-conversation-card__participant-names"><span>Bruno',
      )
      // A new answer in Ada's thread: it must not be recorded while Bruno's row is the open one.
      .replace('2-AAA112', '2-AAA999');
    expect(stale).toContain('convo-item-link--active">\n            <h3 class="msg-conversation-card__participant-names"><span>Bruno');
    await page.route(THREAD, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: stale }));
    await page.goto(THREAD);
    await (await OurUi.of(page)).find({ role: 'button', name: SHARE });
    await page.waitForTimeout(800);
    expect(await timeline()).toEqual(['shared', 'replied']);
    await page.close();
  });

  it('puts a due follow-up in the popup and on the toolbar badge, and takes it off again', async () => {
    const badge = () => session.worker.evaluate(() => chrome.action.getBadgeText({}));
    // The badge also counts replies not looked at yet: Ada's answer, read earlier in her thread.
    await expect.poll(badge, { timeout: 10_000 }).toBe('1');
    const popup = await session.context.newPage();
    await popup.goto(session.url('src/popup/index.html'));
    await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'replies.seen', payload: {} }));
    await popup.close();
    await expect.poll(badge).toBe('');

    await setFollowUp(await browserToday());
    await expect.poll(dueInPopup, { timeout: 10_000 }).toEqual(['Ada Sample']);
    await expect.poll(badge).toBe('1');
    await setFollowUp('');
    await expect.poll(dueInPopup, { timeout: 10_000 }).toEqual([]);
    await expect.poll(badge).toBe('');
  });

  it('paints the popup’s lists from its cache at once, then replaces them by the background’s answer', async () => {
    await setFollowUp(await browserToday());
    // The first open after the write finds no cache for the lists (the write dropped it) ...
    await expect.poll(dueInPopup, { timeout: 10_000 }).toEqual(['Ada Sample']);
    // ... and fills it; the next open paints it before the answer comes, even with the worker stopped.
    await expect.poll(popupCacheText, { timeout: 10_000 }).toContain('Ada Sample');
    // storage.session keeps its default access level (trusted contexts): LinkedIn's tab, our
    // content script included, cannot read the cache.
    const linkedin = await session.context.newPage();
    await linkedin.goto(THREAD);
    await (await OurUi.of(linkedin)).find({ role: 'button', name: SHARE });
    const fromContent = await evaluateInContentScript(
      linkedin,
      `(async () => { try { return 'read: ' + JSON.stringify(await chrome.storage.session.get(null)); } catch (error) { return 'refused: ' + error.message; } })()`,
    );
    expect(fromContent).toMatch(/^refused: /);
    await linkedin.close();
    // Opening the thread confirmed the share sent there (a write): the lists were dropped and
    // are asked again a second later. The worker is stopped once they are back.
    await expect.poll(cachedTodayText, { timeout: 10_000 }).toContain('Ada Sample');
    const stop = await workerStopper(await session.context.newPage());
    await stop();
    const { seen } = await popupStates();
    expect(seen.filter((state) => state.due.length > 0)).toEqual([
      { cached: true, due: ['Ada Sample'] },
      { cached: false, due: ['Ada Sample'] },
    ]);
  });

  it('erases the person and their history, from the popup and its cache too', async () => {
    expect(await popupCacheText()).toContain('Ada Sample');
    const page = await session.context.newPage();
    await page.goto(session.url(`src/dashboard/index.html#prospect=${encodeURIComponent('/in/ada-sample-42')}`));
    await page.getByRole('button', { name: 'Erase this person and their history' }).click();
    // Asked in the dashboard's own dialog (no browser prompt): irreversible, so it asks.
    await page
      .getByRole('dialog', { name: 'Erase this person and their history' })
      .getByRole('button', { name: 'Erase', exact: true })
      .click();
    await expect.poll(() => page.getByText('No prospect yet').count(), { timeout: 10_000 }).toBe(1);
    await page.close();
    // Dropped with the erasure, and asked again a moment later without her.
    expect(await popupCacheText()).not.toContain('Ada');
    await expect.poll(popupCacheText, { timeout: 10_000 }).toContain('popup:today');
    expect(await popupCacheText()).not.toContain('Ada');
    // Not for a moment in the popup.
    const { texts } = await popupStates();
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.filter((text) => text.includes('Ada Sample'))).toEqual([]);
  });

  it('tracks the person of an open conversation from its header', async () => {
    const page = await session.context.newPage();
    await page.goto(THREAD);
    await trackFromPanel(session, page, 'Ada Sample');
    await page.close();
    const dashboard = await session.context.newPage();
    await dashboard.goto(session.url('src/dashboard/index.html#prospects'));
    await expect
      .poll(() => dashboard.getByTestId('prospects').locator('tbody tr').allTextContents(), { timeout: 10_000 })
      .toEqual([expect.stringContaining('Ada Sample')]);
    await dashboard.close();
  });
});
