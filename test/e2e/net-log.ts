// Reading Chromium's NetLog to tell the requests we cause from the browser's own, by what started
// each one, never by a list of hosts: the next Chromium version checks in, updates or queries
// somewhere new, and a list written from one version turns every newcomer's first run red.
//
// Who started a request is in the log: the network service records each request's initiator,
// the origin of the document or worker that made it. Our extension's pages and service worker
// have its chrome-extension:// origin; a LinkedIn page and everything it loads (our content
// script's fetches included) has https://www.linkedin.com. The browser's own traffic (updater,
// check-in, sign-in, autofill queries, safe browsing) starts from no document at all: "not an
// origin". Its own chrome:// pages are the browser too. So any request with a web or extension
// initiator must go to LinkedIn or to the extension; requests from no origin are the browser's.
// What a page or the worker starts is also seen by Playwright, whose record is held to the same
// rule with no excuse at all (test/e2e/privacy.test.ts).
import { readFileSync } from 'node:fs';

export interface NetLogEvent {
  type: number;
  source: { id: number; type: number };
  params?: { url?: string; initiator?: string };
}
export interface NetLog {
  constants: { logEventTypes: Record<string, number> };
  events: NetLogEvent[];
}
export interface NetRequest {
  url: string;
  /** The origin that started it as the log names it ("not an origin" for the browser), or null when no event names one. */
  initiator: string | null;
}

/** The file is complete once the browser closed; if it was cut short, close its event list. */
export function readNetLog(path: string): NetLog {
  const text = readFileSync(path, 'utf8');
  try {
    return JSON.parse(text) as NetLog;
  } catch {
    return JSON.parse(`${text.replace(/,\s*$/, '')}]}`) as NetLog;
  }
}

/**
 * Every request the network service saw, once each, with the first initiator any of its events
 * names. A request Playwright blocked never starts a job, but it still shows as a CORS request:
 * both kinds of event count.
 */
export function requestsIn(log: NetLog): NetRequest[] {
  const wanted = new Set(
    ['URL_REQUEST_START_JOB', 'CORS_REQUEST', 'REQUEST_ALIVE']
      .map((name) => log.constants.logEventTypes[name])
      .filter((type) => type !== undefined),
  );
  const bySource = new Map<number, NetRequest>();
  for (const event of log.events) {
    if (!wanted.has(event.type) || !event.params?.url) continue;
    const known = bySource.get(event.source.id) ?? { url: event.params.url, initiator: null };
    known.initiator ??= event.params.initiator ?? null;
    bySource.set(event.source.id, known);
  }
  return [...bySource.values()];
}

/** Where a request may go: LinkedIn (the saved pages stand in for it) or the extension itself. */
export function allowedDestination(url: string, extensionId: string): boolean {
  if (url.startsWith('https://www.linkedin.com/')) return true;
  if (url.startsWith(`chrome-extension://${extensionId}/`)) return true;
  return /^(data|blob):/.test(url);
}

/**
 * Whether the log says the browser itself started the request: no document or worker did ("not
 * an origin"), or one of the browser's own pages (chrome://, devtools://) did. A request whose
 * log names no initiator at all is not excused: that is one Playwright stopped before it started
 * a job (only its CORS_REQUEST event is logged, and that event carries no initiator), and
 * Playwright only stops what a page or a worker of the test's context sent. The test of this rule
 * (test/e2e/privacy-leak.test.ts) caught exactly that: a first version excused the unnamed and
 * let both leaks through.
 */
export function startedByTheBrowser(initiator: string | null): boolean {
  if (initiator === 'not an origin') return true;
  return initiator !== null && /^(chrome|devtools|chrome-untrusted):\/\//.test(initiator);
}

/**
 * The requests a page or an extension started that went somewhere else than LinkedIn or the
 * extension: what the privacy test requires to be empty. `extensionId` is ours: another
 * extension's origin is not excused either (there is none in the tests' browser).
 */
export function startedElsewhere(requests: readonly NetRequest[], extensionId: string): NetRequest[] {
  return requests.filter((request) => !allowedDestination(request.url, extensionId) && !startedByTheBrowser(request.initiator));
}
