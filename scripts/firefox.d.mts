export const FIREFOX_INSTALL_HINT: string;
export function findFirefox(): string | null;
export function requireFirefox(): string;
