import type { BrowserContext } from 'playwright-core';
import type { Browser } from 'puppeteer-core';

export const KEEP_DATA_PREFS: Readonly<Record<string, boolean>>;
export function startChromium(options: {
  profile: string | null;
  headless: boolean;
  savedPages: boolean;
  extension?: string;
}): Promise<{ context: BrowserContext; folder: string }>;
export function startFirefox(options: {
  profile: string | null;
  headless: boolean;
  extraPrefs?: Record<string, unknown>;
  extension?: string;
}): Promise<{ browser: Browser; folder: string }>;
