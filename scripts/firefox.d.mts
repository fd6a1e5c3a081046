import type { Page } from 'puppeteer-core';

export const FIREFOX_INSTALL_HINT: string;
export function findFirefox(): string | null;
export function requireFirefox(): string;
export function routeLinkedInPage(page: Page): Promise<void>;
