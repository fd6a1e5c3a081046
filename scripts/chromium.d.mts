import type { BrowserContext } from 'playwright-core';

export const INSTALL_HINT: string;
export const QUIET_FLAGS: readonly string[];
export function findChromium(): string | null;
export function requireChromium(): string;
export function extensionDir(target?: 'chrome' | 'firefox'): string;
export function freshProfile(): string;
export function sandboxFlags(): string[];
export function fixtureFor(url: string): string;
export function routeLinkedIn(context: BrowserContext): Promise<void>;
