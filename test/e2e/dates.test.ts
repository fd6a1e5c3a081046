// A follow-up date survives save, reload and save again in the browser's own time zone: east
// of UTC+9 (Auckland) 09:00 local is the previous day in UTC, west of UTC (Los Angeles) the
// local evening is the next UTC day. One browser per zone, started with TZ set.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Session } from './launch';
import { dateValue, fillDate } from './date-field';

const ZONES = ['Pacific/Auckland', 'America/Los_Angeles'];
const PROSPECT = '/in/chloe-exemple';
const DAYS = ['2026-11-23', '2026-03-29', '2026-12-31'];

async function followUpRoundTrip(session: Session, day: string): Promise<string[]> {
  const page = await session.context.newPage();
  // A real reload each time (the same address with a hash would not load the page again).
  let loaded = false;
  const open = async () => {
    if (loaded) await page.reload();
    else await page.goto(session.url(`src/dashboard/index.html#prospect=${encodeURIComponent(PROSPECT)}`));
    loaded = true;
    await page.getByTestId('prospect-page').waitFor({ timeout: 10_000 });
  };
  const seen: string[] = [];
  const save = async () => {
    await page.getByRole('button', { name: /^(Save|Enregistrer)$/ }).click();
    await expect.poll(() => page.locator('.prospect-form [role="status"]').textContent()).not.toBe('');
  };
  await open();
  // Typed in the interface's language (the field's placeholder gives the order), read as the form sends it.
  await fillDate(page, 'nextFollowUp', day);
  await save();
  // Reload, save the form untouched, reload: the day must not move.
  for (let round = 0; round < 2; round++) {
    await open();
    seen.push(await dateValue(page, 'nextFollowUp'));
    await save();
  }
  await open();
  seen.push(await dateValue(page, 'nextFollowUp'));
  await page.close();
  return seen;
}

for (const zone of ZONES) {
  describe(`follow-up dates in ${zone}`, () => {
    let session: Session;
    beforeAll(async () => {
      session = await launch([], { tz: zone });
    });
    afterAll(async () => {
      await session?.close();
    });

    it('the browser runs in that zone', async () => {
      const page = await session.context.newPage();
      await page.goto(session.url('src/dashboard/index.html#prospects'));
      expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(zone);
      // Tracked by hand, as a salesperson adds someone met at a trade show.
      await page.getByRole('button', { name: 'Add prospect' }).click();
      await page.locator('input[name="profile-url"]').fill(`https://www.linkedin.com${PROSPECT}/`);
      await page.locator('input[name="prospect-name"]').fill('Chloé Exemple');
      await page.locator('form.add-prospect button[type="submit"]').click();
      await page.getByTestId('prospect-page').waitFor({ timeout: 10_000 });
      await page.close();
    });

    it('a day set on the prospect page is the same day after save, reload and save again', async () => {
      for (const day of DAYS) expect(await followUpRoundTrip(session, day), day).toEqual([day, day, day]);
      // Stored at 09:00 on that day in this zone.
      const stored = await session.worker.evaluate(async (id) => {
        const answer = await new Promise<{ value?: { nextFollowUp: number } }>((resolve) => {
          const request = indexedDB.open('nurture');
          request.onsuccess = () => {
            const get = request.result.transaction('prospects').objectStore('prospects').get(id);
            get.onsuccess = () => resolve({ value: get.result });
          };
        });
        const date = new Date(answer.value!.nextFollowUp);
        return [date.getHours(), date.getDate()];
      }, PROSPECT);
      expect(stored).toEqual([9, 31]);
    });
  });
}
