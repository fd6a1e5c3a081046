// Replies seen in the conversation list (issue 25), in Chromium with the built extension: on a
// messaging page whose open thread is someone else's, a tracked person whose newest list
// message is theirs gets one reply and shows under "New replies" in the popup; one whose newest
// message is the user's own gets none; one who asked to stop is marked do-not-contact and a
// share to them is refused. A page drawing 10,000 fake rows forges at most the bound.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Interaction, Prospect } from '../../src/domain/model';
import { ask } from './ask';
import { launch, type Session } from './launch';

let session: Session;
let dashboard: Page;
beforeAll(async () => {
  session = await launch();
  dashboard = await session.context.newPage();
  await dashboard.goto(session.url('src/dashboard/index.html#data'));
});
afterAll(async () => {
  await session?.close();
});

const INBOX = 'https://www.linkedin.com/messaging/thread/bruno-list/';
const track = (profilePath: string, name: string) => ask(dashboard, 'prospects.add', { profilePath, name, headline: '', company: '' });
const replies = async (id: string) =>
  (await ask<Interaction[]>(dashboard, 'prospects.timeline', { id })).filter((entry) => entry.kind === 'replied');
const prospect = (id: string) => ask<Prospect>(dashboard, 'prospects.get', { id });

describe('replies from the conversation list in Chromium', () => {
  it("records the reply of a tracked person whose row is theirs, none for the user's own, and marks who asked to stop", async () => {
    await track('/in/ada-sample-42', 'Ada Sample');
    await track('/in/chloe-modele', 'Chloé Modèle');
    await track('/in/dan-placeholder', 'Dan Placeholder');
    // The popup has looked once: from then on, replies are new.
    await ask(dashboard, 'replies.new', {});

    const page = await session.context.newPage();
    await page.goto(INBOX);
    await expect.poll(async () => (await replies('/in/ada-sample-42')).length, { timeout: 15_000 }).toBe(1);
    expect((await replies('/in/ada-sample-42'))[0]).toMatchObject({ via: 'list', replyClass: 'interested' });
    await expect.poll(async () => (await prospect('/in/dan-placeholder')).doNotContact, { timeout: 15_000 }).toBe(true);
    // Reloads and re-renders record nothing more; the user's own newest message is no reply.
    await page.reload();
    await page.waitForTimeout(1500);
    expect(await replies('/in/ada-sample-42')).toHaveLength(1);
    expect(await replies('/in/chloe-modele')).toEqual([]);

    // The popup lists Ada under new replies.
    const popup = await session.context.newPage();
    await popup.goto(session.url('src/popup/index.html'));
    await expect
      .poll(
        () =>
          popup
            .getByTestId('new-replies')
            .innerText()
            .catch(() => ''),
        { timeout: 15_000 },
      )
      .toContain('Ada Sample');
    expect(await popup.getByTestId('new-replies').innerText()).toContain('Interested');
    await popup.close();

    // A share to the person who asked to stop is refused, with the reason.
    const { hits } = await ask<{ hits: { item: { id: string } }[] }>(dashboard, 'library.search', { text: '', limit: 1 });
    await expect(
      ask(dashboard, 'share.prepare', { contentId: hits[0]!.item.id, prospectId: '/in/dan-placeholder', channel: 'message' }),
    ).rejects.toThrow(/Asked not to be contacted/);
    await page.close();
  });

  it('records at most one reply when the page draws 10,000 fake rows naming a tracked person', async () => {
    await track('/in/eve-exemple', 'Eve Exemple');
    const page = await session.context.newPage();
    await page.goto(INBOX);
    await page.evaluate(() => {
      const list = document.querySelector('.msg-conversations-container__conversations-list')!;
      const model = [...list.children].find((row) => row.textContent?.includes('Ada Sample') && !row.textContent.includes('Tom'))!;
      const rows = document.createDocumentFragment();
      for (let i = 0; i < 10_000; i++) {
        const row = model.cloneNode(true) as Element;
        row.querySelector('h3 span')!.textContent = 'Eve Exemple';
        row.querySelector('p')!.textContent = `Sounds great, let's talk (${i})`;
        row.querySelector('time')!.textContent = `${1 + (i % 12)}:${String(i % 60).padStart(2, '0')} AM`;
        rows.append(row);
      }
      list.prepend(rows);
    });
    // The bound: one reply per prospect per day (plus one per share really sent to them): the
    // page forged that one, and no more however many rows it drew.
    await expect.poll(async () => (await replies('/in/eve-exemple')).length, { timeout: 15_000 }).toBe(1);
    await page.waitForTimeout(2000);
    expect(await replies('/in/eve-exemple')).toHaveLength(1);
    await page.close();
  });
});
