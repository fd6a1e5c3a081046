// The side panel as the tests drive it: its page opened as an ordinary tab (it follows the
// active tab, as it does beside LinkedIn), read and used by role and name as a user does.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Session } from './launch';

/** What opening the panel needs of a browser with the extension: a session, or a bare start. */
export type PanelHost = Pick<Session, 'context' | 'url'>;

export class SidePanel {
  private constructor(readonly page: Page) {}

  /** Opens the panel's page in a tab of its own; it follows whichever tab is activated next. */
  static async open(session: PanelHost): Promise<SidePanel> {
    const page = await session.context.newPage();
    await page.goto(session.url('src/panel/index.html'));
    await page.getByRole('heading', { level: 1 }).waitFor();
    return new SidePanel(page);
  }

  /** The user switches to `tab`: the panel follows it. */
  async follow(tab: Page): Promise<void> {
    await tab.bringToFront();
  }

  /** The person's name as the panel's card shows it (its heading), once one shows. */
  person(): Locator {
    return this.page.getByTestId('panel-person').getByRole('heading', { level: 2 });
  }

  stage(): Locator {
    return this.page.getByRole('combobox', { name: 'Stage' });
  }

  /** Waits until the panel names `name`. */
  async shows(name: string): Promise<void> {
    await expect
      .poll(
        () =>
          this.person()
            .textContent()
            .catch(() => null),
        { timeout: 10_000 },
      )
      .toBe(name);
  }

  /** "Add to prospects" for the person on `tab`, then waits for their record (the stage field). */
  async track(tab: Page, name: string): Promise<void> {
    await this.follow(tab);
    await this.shows(name);
    await this.page.getByRole('button', { name: 'Add to prospects', exact: true }).click();
    await expect
      .poll(
        () =>
          this.stage()
            .inputValue()
            .catch(() => null),
        { timeout: 10_000 },
      )
      .toBe('awareness');
  }

  status(): Promise<string> {
    return this.page.getByTestId('panel-status').innerText();
  }

  close(): Promise<void> {
    return this.page.close();
  }
}

/** Tracks the person on `tab` from a panel opened for it, as the user does, and closes the panel. */
export async function trackFromPanel(session: PanelHost, tab: Page, name: string): Promise<void> {
  const panel = await SidePanel.open(session);
  await panel.track(tab, name);
  await panel.close();
}
