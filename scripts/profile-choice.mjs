// Which browser profile `npm start` opens. A salesperson who tries Nurture for real signs in to
// LinkedIn, tracks people and shares: that must survive closing the browser, so the default is
// a profile kept in the checkout (.profile/<browser>/, git-ignored). `--fresh` is the throwaway
// profile for trying something from zero; `--profile=DIR` keeps it somewhere else.
// Pure, so the choice is tested without starting a browser (test/unit/profile-choice.test.ts).
import { resolve } from 'node:path';

/** The folder, inside the checkout, that holds the kept profiles: one sub-folder per browser. */
export const PROFILE_ROOT = '.profile';

/**
 * `browser`: 'chromium' or 'firefox'; `args`: the command's arguments; `cwd`: the checkout;
 * `home`: the user's home folder (npm passes `--profile=~/x` on unexpanded).
 * Answers the folder to use, or `dir: null` for a new throwaway profile. The demo serves
 * LinkedIn from saved pages with invented people: it never writes into the kept profile.
 */
export function chooseProfile(browser, args, cwd, home) {
  const fresh = args.includes('--fresh') || args.includes('--demo');
  const named = args.find((arg) => arg.startsWith('--profile='))?.slice('--profile='.length);
  if (named !== undefined && named.trim() === '') throw new Error('--profile= needs a folder, e.g. --profile=~/nurture-profile');
  if (fresh && named !== undefined) throw new Error('--fresh and --profile= ask for two different profiles: choose one.');
  if (fresh) return { dir: null, kept: false };
  const expanded = named?.replace(/^~(?=$|\/)/, home);
  return { dir: resolve(cwd, expanded ?? `${PROFILE_ROOT}/${browser}`), kept: true };
}
