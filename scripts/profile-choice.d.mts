export const PROFILE_ROOT: string;
export function chooseProfile(
  browser: 'chromium' | 'firefox',
  args: readonly string[],
  cwd: string,
  home: string,
): { dir: string | null; kept: boolean };
