// Finding and launching Chromium with the built extension: shared by `npm start`,
// `npm run demo`, the screenshot script and the end-to-end tests.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';

export const INSTALL_HINT =
  "Install Debian's Chromium with `sudo apt-get update && sudo apt-get install -y chromium` " +
  '(or point CHROMIUM_PATH at a Chromium or Chrome for Testing binary).';

// Chromium builds only: Google Chrome ignores --load-extension since version 137, so a machine
// with Chrome but no Chromium would start every test with no extension (and ensure-browser
// would never install Chromium). CHROMIUM_PATH may still name Chrome for Testing, which obeys it.
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'];

/** The Chromium binary to use, or null. CHROMIUM_PATH wins when set. */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

export function requireChromium() {
  const path = findChromium();
  if (!path)
    throw new Error(
      `No Chromium found${process.env.CHROMIUM_PATH ? ` at CHROMIUM_PATH=${process.env.CHROMIUM_PATH}` : ''}. ${INSTALL_HINT}`,
    );
  return path;
}

/** Flags that keep Chromium quiet on a machine with no network but the test routes. */
export const QUIET_FLAGS = [
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

export function extensionDir(target = 'chrome') {
  const dir = resolve('dist', target);
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`${dir} has no build: run \`npm run build\` first.`);
  return dir;
}

export function freshProfile() {
  return mkdtempSync(join(tmpdir(), 'nurture-profile-'));
}

/** Chromium refuses to run as root without --no-sandbox (CI machines run as root). */
export function sandboxFlags() {
  try {
    return execFileSync('id', ['-u']).toString().trim() === '0' ? ['--no-sandbox'] : [];
  } catch {
    return [];
  }
}

// ---- linkedin.com served from saved pages -------------------------------------------------

const FIXTURES = resolve('test/fixtures/linkedin');

/** One saved profile per top-card shape, by the slug the test opens; any other slug gets profile.html. */
const PROFILES = {
  'bruno-exemple': 'profile-degree.html',
  'chloé-modèle': 'profile-fr.html',
  'dan-placeholder': 'profile-classic.html',
  // The top card's "Company · School" line, and a member who shows only a school.
  'nora-sample': 'profile-school.html',
  'léon-fictif': 'profile-formation-fr.html',
  'tom-fictif': 'profile-student.html',
};

/** The saved page that stands for a LinkedIn URL. */
export function fixtureFor(url) {
  const { pathname, searchParams } = new URL(url);
  // A post's own page, with its classic comment box open.
  if (pathname.startsWith('/feed/update/')) return 'post-comment-classic.html';
  if (pathname === '/' || pathname.startsWith('/feed')) {
    if (searchParams.get('comments') === 'sdui') return 'feed-comment-sdui.html';
    // The feed with LinkedIn's "Start a post" dialog open (new front end, or the classic one).
    const composer = searchParams.get('composer');
    return composer === 'open' ? 'feed-composer-open.html' : composer === 'classic' ? 'feed-classic-composer.html' : 'feed.html';
  }
  // A thread whose header names the person without linking their profile.
  if (pathname.startsWith('/messaging/thread/name-only/')) return 'messaging-name-only.html';
  // The inbox whose list shows other people's rows, the open thread someone else's (issue 25).
  if (pathname.startsWith('/messaging/thread/bruno-list/')) return 'messaging-list.html';
  if (pathname.startsWith('/messaging')) return 'messaging-thread.html';
  // Sales Navigator: a lead's page (InMail popup open), an account's page, the inbox.
  if (pathname.startsWith('/sales/lead/')) return 'sales-lead.html';
  if (pathname.startsWith('/sales/company/')) return 'sales-account.html';
  if (pathname.startsWith('/sales/inbox')) return 'sales-inbox.html';
  const profile = /^\/in\/([^/]+)/.exec(pathname);
  if (profile) return PROFILES[decodeURIComponent(profile[1]).toLowerCase()] ?? 'profile.html';
  return 'other.html';
}

/**
 * Routes every https://www.linkedin.com/** request of a Playwright context to the fixtures,
 * so nothing reaches the real LinkedIn. Pages get HTML; anything else (LinkedIn's scripts,
 * images, API calls that a real page would make) gets an empty 404.
 */
export async function routeLinkedIn(context) {
  await context.route('https://www.linkedin.com/**', async (route) => {
    const request = route.request();
    if (request.resourceType() !== 'document') return route.fulfill({ status: 404, body: '' });
    const file = fixtureFor(request.url());
    return route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: readFileSync(join(FIXTURES, file)),
    });
  });
  // Anything else on the network would leave the machine: refuse it, loudly in tests.
  await context.route(/^https?:\/\/(?!www\.linkedin\.com\/)/, (route) => route.abort('blockedbyclient'));
}
