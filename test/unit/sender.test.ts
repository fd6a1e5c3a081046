import { describe, expect, it } from 'vitest';
import { classifySender, originOf } from '../../src/contract/sender';

const self = { id: 'abcdefghijklmnop', origin: 'chrome-extension://abcdefghijklmnop' };
const popupUrl = 'chrome-extension://abcdefghijklmnop/src/popup/index.html';

describe('classifySender', () => {
  it('knows the popup and the dashboard as extension pages', () => {
    expect(classifySender({ id: self.id, url: popupUrl, origin: self.origin }, self)).toEqual({ kind: 'extension-page', tabId: undefined });
    expect(
      classifySender(
        { id: self.id, url: 'chrome-extension://abcdefghijklmnop/src/dashboard/index.html', tab: { id: 4 }, frameId: 0 },
        self,
      ),
    ).toEqual({ kind: 'extension-page', tabId: 4 });
  });

  it('knows Firefox extension pages', () => {
    const fx = { id: 'nurture@nurture-selling.app', origin: 'moz-extension://0f1e2d3c-aaaa-bbbb-cccc-1234567890ab' };
    expect(classifySender({ id: fx.id, url: `${fx.origin}/src/popup/index.html` }, fx)?.kind).toBe('extension-page');
  });

  it('knows the content script in the top frame of www.linkedin.com', () => {
    const sender = {
      id: self.id,
      url: 'https://www.linkedin.com/messaging/thread/2-x/',
      origin: 'https://www.linkedin.com',
      frameId: 0,
      tab: { id: 9 },
    };
    expect(classifySender(sender, self)).toEqual({ kind: 'linkedin-content', tabId: 9 });
  });

  it.each([
    ['another extension', { id: 'zzzzzzzzzzzzzzzz', url: popupUrl }],
    ['no id', { url: popupUrl }],
    ['a LinkedIn iframe', { id: self.id, url: 'https://www.linkedin.com/feed/', frameId: 3, tab: { id: 9 } }],
    ['a look-alike host', { id: self.id, url: 'https://www.linkedin.com.evil.example/', frameId: 0, tab: { id: 9 } }],
    ['another LinkedIn host', { id: self.id, url: 'https://lnkd.in/x', frameId: 0, tab: { id: 9 } }],
    ['plain http LinkedIn', { id: self.id, url: 'http://www.linkedin.com/feed/', frameId: 0, tab: { id: 9 } }],
    ['a content script without a tab', { id: self.id, url: 'https://www.linkedin.com/feed/', frameId: 0 }],
    ['a URL that contradicts the origin', { id: self.id, url: popupUrl, origin: 'https://www.linkedin.com' }],
    ['another extension page origin', { id: self.id, url: 'chrome-extension://otherextensionid/x.html' }],
    ['no URL', { id: self.id }],
    ['a broken URL', { id: self.id, url: 'not a url' }],
  ])('refuses %s', (_name, sender) => {
    expect(classifySender(sender, self)).toBeNull();
  });
});

describe('originOf', () => {
  it('gives scheme and host for extension schemes too', () => {
    expect(originOf('chrome-extension://abc/x/y.html?q#h')).toBe('chrome-extension://abc');
    expect(originOf('https://www.linkedin.com:443/feed/')).toBe('https://www.linkedin.com');
    expect(originOf('about:blank')).toBeNull();
    expect(originOf(undefined)).toBeNull();
  });
});
