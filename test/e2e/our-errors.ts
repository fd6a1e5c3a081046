// Errors a test holds against us on a LinkedIn page: what the page's world throws (our script
// must never make it throw) and what our content script writes to the console. Not every console
// error: the browser writes its own there ("Failed to load resource" for the saved pages' 404s,
// deprecation notices), and their wording and number change from one version to the next.
import type { Page } from 'playwright-core';

export function collectOurErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // Our content script's code is served from the extension's origin; its messages say [nurture].
    if (message.location().url.startsWith('chrome-extension://') || message.text().includes('[nurture]')) errors.push(message.text());
  });
  return errors;
}
