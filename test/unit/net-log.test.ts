// The privacy test's rule on Chromium's NetLog (test/e2e/net-log.ts): the browser's own traffic
// is known by what started it, whatever its host; what a page or the extension starts must go to
// LinkedIn or the extension, and a request whose start the log does not name is ours.
import { describe, expect, it } from 'vitest';
import { requestsIn, startedElsewhere, type NetLog } from '../e2e/net-log';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const TYPES = { URL_REQUEST_START_JOB: 1, CORS_REQUEST: 2, REQUEST_ALIVE: 3, OTHER: 4 };

function log(requests: { id: number; url: string; initiator?: string; jobStarted?: boolean }[]): NetLog {
  return {
    constants: { logEventTypes: TYPES },
    events: requests.flatMap(({ id, url, initiator, jobStarted = true }) => [
      { type: TYPES.CORS_REQUEST, source: { id, type: 1 }, params: { url } },
      ...(jobStarted
        ? [{ type: TYPES.URL_REQUEST_START_JOB, source: { id, type: 1 }, params: { url, ...(initiator ? { initiator } : {}) } }]
        : []),
      { type: TYPES.OTHER, source: { id, type: 1 }, params: { url: 'https://ignored.example/' } },
    ]),
  };
}

describe('startedElsewhere', () => {
  it("excuses the browser's own requests to any host, however new", () => {
    const requests = requestsIn(
      log([
        { id: 1, url: 'https://android.clients.google.com/checkin', initiator: 'not an origin' },
        { id: 2, url: 'https://next-version-service.example/ping', initiator: 'not an origin' },
        { id: 3, url: 'https://www.gstatic.com/newtab.js', initiator: 'chrome://new-tab-page' },
      ]),
    );
    expect(requests).toHaveLength(3);
    expect(startedElsewhere(requests, ID)).toEqual([]);
  });

  it('names what the extension or a LinkedIn page started elsewhere, and what the log does not say who started', () => {
    const requests = requestsIn(
      log([
        { id: 1, url: 'https://collector.example/worker', initiator: `chrome-extension://${ID}` },
        { id: 2, url: 'https://collector.example/page', initiator: 'https://www.linkedin.com' },
        { id: 3, url: 'https://collector.example/blocked', jobStarted: false },
        { id: 4, url: 'https://collector.example/other-extension', initiator: 'chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz' },
      ]),
    );
    expect(startedElsewhere(requests, ID).map(({ url }) => url)).toEqual([
      'https://collector.example/worker',
      'https://collector.example/page',
      'https://collector.example/blocked',
      'https://collector.example/other-extension',
    ]);
  });

  it('lets LinkedIn, the extension and local data through, from anyone', () => {
    const requests = requestsIn(
      log([
        { id: 1, url: 'https://www.linkedin.com/messaging/', initiator: 'https://www.linkedin.com' },
        { id: 2, url: `chrome-extension://${ID}/icons/icon-128.png`, initiator: `chrome-extension://${ID}` },
        { id: 3, url: 'blob:https://www.linkedin.com/1', jobStarted: false },
      ]),
    );
    expect(startedElsewhere(requests, ID)).toEqual([]);
  });

  it('does not take a look-alike of LinkedIn or of the extension for them', () => {
    const requests = requestsIn(
      log([
        { id: 1, url: 'https://www.linkedin.com.collector.example/', initiator: 'https://www.linkedin.com' },
        { id: 2, url: `chrome-extension://${ID}x/`, initiator: `chrome-extension://${ID}` },
      ]),
    );
    expect(startedElsewhere(requests, ID)).toHaveLength(2);
  });
});
