// Which profile `npm start` opens: a kept one in the checkout by default (git-ignored, so a
// salesperson's data never lands in a commit), a throwaway one when asked or for the demo.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROFILE_ROOT, chooseProfile } from '../../scripts/profile-choice.mjs';

const CWD = '/work/checkout';
const HOME = '/home/rep';

describe('chooseProfile', () => {
  it('keeps each browser its own profile inside the checkout by default', () => {
    expect(chooseProfile('chromium', [], CWD, HOME)).toEqual({ dir: '/work/checkout/.profile/chromium', kept: true });
    expect(chooseProfile('firefox', ['--firefox'], CWD, HOME)).toEqual({ dir: '/work/checkout/.profile/firefox', kept: true });
  });

  it('gives a throwaway profile for --fresh and for the demo, whose saved pages hold invented people', () => {
    expect(chooseProfile('chromium', ['--fresh'], CWD, HOME)).toEqual({ dir: null, kept: false });
    expect(chooseProfile('firefox', ['--firefox', '--demo'], CWD, HOME)).toEqual({ dir: null, kept: false });
  });

  it('keeps a profile where --profile= says, ~ being the home folder', () => {
    expect(chooseProfile('chromium', ['--profile=../elsewhere'], CWD, HOME).dir).toBe('/work/elsewhere');
    expect(chooseProfile('chromium', ['--profile=~/nurture'], CWD, HOME).dir).toBe('/home/rep/nurture');
    expect(chooseProfile('chromium', ['--profile=/abs/p'], CWD, HOME)).toEqual({ dir: '/abs/p', kept: true });
  });

  it('refuses an empty --profile= and --profile= with --fresh, rather than guess', () => {
    expect(() => chooseProfile('chromium', ['--profile='], CWD, HOME)).toThrow(/needs a folder/);
    expect(() => chooseProfile('chromium', ['--fresh', '--profile=x'], CWD, HOME)).toThrow(/choose one/);
  });
});

describe('the kept profiles stay out of git', () => {
  it.each(['chromium', 'firefox'] as const)('.profile/%s is ignored', (browser) => {
    const dir = chooseProfile(browser, [], process.cwd(), HOME).dir!;
    expect(dir).toBe(resolve(PROFILE_ROOT, browser));
    // git check-ignore exits 0 and echoes the path when a rule ignores it.
    expect(
      execFileSync('git', ['check-ignore', `${PROFILE_ROOT}/${browser}/Default/Preferences`])
        .toString()
        .trim(),
    ).toBe(`${PROFILE_ROOT}/${browser}/Default/Preferences`);
  });

  it('npm start, start:firefox and start:fresh open the profiles this choice gives', () => {
    const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts['start']).toMatch(/open-browser\.mjs$/);
    expect(scripts['start:firefox']).toMatch(/open-browser\.mjs --firefox$/);
    expect(scripts['start:fresh']).toMatch(/open-browser\.mjs --fresh$/);
    expect(scripts['demo']).toMatch(/open-browser\.mjs --demo$/);
  });
});
