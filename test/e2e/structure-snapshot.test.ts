// "Copy page structure" end to end: a routed LinkedIn page, its content script asked by an
// extension page through tabs.sendMessage (the popup's path), and no one's name in the answer.
import { describe, expect, it } from 'vitest';
import { evaluateInContentScript, sessionPerFile, type Session } from './launch';

let session: Session;
sessionPerFile((started) => (session = started));

describe('Copy page structure', () => {
  it('hands an extension page the structure of a LinkedIn tab, without the people in it', async () => {
    const linkedin = await session.context.newPage();
    await linkedin.goto('https://www.linkedin.com/messaging/thread/2-ada/');
    // The content script is up once it reported the page to the background. Its tab id comes
    // from that report, as in the popup: without the "tabs" permission, tabs.query shows no URL.
    const messagingTab = () =>
      session.worker.evaluate(async () => {
        const entries = Object.entries(await chrome.storage.session.get(null));
        const found = entries.find(([, health]) => (health as { page: string }).page === 'messaging');
        return found ? Number(found[0].replace('health:', '')) : null;
      });
    await expect.poll(messagingTab, { timeout: 10_000 }).not.toBeNull();
    const tabId = (await messagingTab())!;

    const extensionPage = await session.context.newPage();
    await extensionPage.goto(session.url('src/popup/index.html'));
    const answer = (await extensionPage.evaluate(async (id) => {
      const tab = await chrome.tabs.get(id);
      if (tab.url !== undefined) throw new Error('LinkedIn tab URLs are visible: the manifest grew a permission');
      return chrome.tabs.sendMessage(id, { type: 'page.structure' });
    }, tabId)) as { ok: boolean; snapshot?: string };

    expect(answer.ok).toBe(true);
    const snapshot = answer.snapshot ?? '';
    expect(snapshot).toContain('page: messaging · path: /messaging/thread/_/');
    expect(snapshot).toContain('class="msg-form__contenteditable t-14" contenteditable="true" role="textbox"');
    expect(snapshot).toContain('data-testid="interop-shadowdom"');
    expect(snapshot).toContain('<#shadow-root>');
    expect(snapshot).toContain('href="/in/_/"');
    for (const secret of ['Ada', 'Sample', 'Bruno', 'Exemple', 'ada-sample-42', '2-ada', 'case study', 'AAA111', 'Thanks']) {
      expect(snapshot).not.toContain(secret);
    }
    await extensionPage.close();
    await linkedin.close();
  });

  it('gives nothing to a message from the LinkedIn page side', async () => {
    const linkedin = await session.context.newPage();
    await linkedin.goto('https://www.linkedin.com/feed/');
    await expect
      .poll(
        () =>
          session.worker.evaluate(async () =>
            Object.values(await chrome.storage.session.get(null)).map((h) => (h as { page: string }).page),
          ),
        {
          timeout: 10_000,
        },
      )
      .toContain('feed');
    // A content script can only reach the background, whose router does not know the type.
    const answer = (await evaluateInContentScript(linkedin, `chrome.runtime.sendMessage({ type: 'page.structure' })`)) as {
      ok: boolean;
      snapshot?: string;
    };
    expect(answer.ok).toBe(false);
    expect(answer.snapshot).toBeUndefined();
    await linkedin.close();
  });
});
