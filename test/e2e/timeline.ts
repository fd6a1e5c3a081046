// What a prospect's timeline shows in the dashboard, kind by kind (newest first), read as the
// user reads it: on the prospect's page.
import type { Session } from './launch';

export async function timelineKinds(session: Session, prospectId: string): Promise<string[]> {
  const page = await session.context.newPage();
  await page.goto(session.url(`src/dashboard/index.html#prospect=${encodeURIComponent(prospectId)}`));
  await page.getByTestId('prospect-page').waitFor({ timeout: 10_000 });
  // The timeline is its own query: wait for its list, which every caller expects to hold entries.
  await page.getByTestId('timeline').locator('li').first().waitFor({ timeout: 10_000 });
  const kinds = await page
    .getByTestId('timeline')
    .locator('li')
    .evaluateAll((items) => items.map((li) => li.getAttribute('data-kind') ?? ''));
  await page.close();
  return kinds;
}
