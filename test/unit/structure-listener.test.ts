// @vitest-environment happy-dom
// The content script hands the page's structure to our own extension pages only.
import { describe, expect, it } from 'vitest';
import type { RawSender } from '../../src/contract/sender';
import { listenForStructureRequests } from '../../src/content/structure-listener';
import { isStructureAnswer, isStructureRequest, structureRequest } from '../../src/contract/page-structure';

const self = { id: 'nurture-id', origin: 'chrome-extension://nurture-id' };
type Listener = (message: unknown, sender: RawSender) => Promise<unknown> | undefined;

function setUp() {
  const listeners: Listener[] = [];
  const stop = listenForStructureRequests({
    onMessage: { addListener: (l) => listeners.push(l), removeListener: (l) => listeners.splice(listeners.indexOf(l), 1) },
    self,
    window,
  });
  document.body.innerHTML = '<main class="scaffold"><h1 aria-label="Ada Sample">Ada Sample</h1></main>';
  return { ask: (message: unknown, sender: RawSender) => listeners[0]?.(message, sender), stop, listeners };
}

describe('listenForStructureRequests', () => {
  it('answers the popup (no tab) and an extension page in a tab, with the structure only', async () => {
    const { ask } = setUp();
    for (const sender of [
      { id: self.id, url: `${self.origin}/src/popup/index.html` },
      { id: self.id, url: `${self.origin}/src/dashboard/index.html`, origin: self.origin, tab: { id: 4 }, frameId: 0 },
    ]) {
      const answer = await ask(structureRequest(), sender);
      expect(isStructureAnswer(answer) && answer.ok && answer.snapshot).toContain('<main class="scaffold">');
      expect(JSON.stringify(answer)).not.toContain('Ada');
    }
  });

  it('stays silent for anyone else and for anything else', () => {
    const { ask } = setUp();
    const refused: [unknown, RawSender][] = [
      // Our own content script in a LinkedIn tab, another extension, a forged origin, a web page.
      [
        structureRequest(),
        { id: self.id, url: 'https://www.linkedin.com/feed/', origin: 'https://www.linkedin.com', tab: { id: 3 }, frameId: 0 },
      ],
      [structureRequest(), { id: 'other-extension', url: 'chrome-extension://other-extension/popup.html' }],
      [structureRequest(), { id: self.id, url: `${self.origin}/src/popup/index.html`, origin: 'https://www.linkedin.com' }],
      [structureRequest(), { url: 'https://evil.example/' }],
      [
        { type: 'page.structure', extra: 1 },
        { id: self.id, url: `${self.origin}/src/popup/index.html` },
      ],
      [
        { type: 'settings.get', payload: {} },
        { id: self.id, url: `${self.origin}/src/popup/index.html` },
      ],
      ['page.structure', { id: self.id, url: `${self.origin}/src/popup/index.html` }],
    ];
    for (const [message, sender] of refused) expect(ask(message, sender), JSON.stringify(sender)).toBeUndefined();
  });

  it('stops listening when told', () => {
    const { stop, listeners } = setUp();
    stop();
    expect(listeners).toHaveLength(0);
  });

  it('checks answers as strictly as requests', () => {
    expect(isStructureRequest({ type: 'page.structure' })).toBe(true);
    expect(isStructureRequest(null)).toBe(false);
    expect(isStructureAnswer({ ok: true, snapshot: 'x' })).toBe(true);
    expect(isStructureAnswer({ ok: true })).toBe(false);
    expect(isStructureAnswer({ ok: false, error: 'e' })).toBe(true);
    expect(isStructureAnswer(undefined)).toBe(false);
  });
});
