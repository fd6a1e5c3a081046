// @vitest-environment happy-dom
// The page may restyle our host and measure it (width:max-content, height:auto,
// overflow:visible): the host carries no size, and what it holds is one size for everyone,
// set inside the closed root, out of the page's reach. happy-dom lays nothing out, so these
// check where the sizes are, not what a browser measures.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { boot, type Booted } from '../../src/content/boot';
import { composerShareButton } from '../../src/content/features/composer-share-button';
import { profileShareButton } from '../../src/content/features/profile-share-button';
import { createShadowHost } from '../../src/content/ui/shadow-host';
import { SHARE_BUTTON_SIZE, shareButtonCss } from '../../src/content/ui/ShareButton';
import type { request as requestFn } from '../../src/contract/client';
import { closedHosts, shadowOf } from './helpers/closed-roots';
import { loadLinkedInFixture } from './helpers/fixture';

const RESTYLE = 'width:max-content;height:auto;overflow:visible';
const sizeOf = (el: HTMLElement) => ({ width: el.style.width, height: el.style.height, overflow: el.style.overflow });
const NONE = { width: '', height: '', overflow: '' };

let booted: Booted | undefined;
afterEach(() => {
  booted?.stop();
  booted = undefined;
});

describe('a shadow host of fixed size', () => {
  it('keeps the size on the wrapper inside its closed root, none on the host', () => {
    const { host, container } = createShadowHost(document, '', { width: '12em', height: '2em' });
    document.body.append(host);
    expect(sizeOf(host)).toEqual(NONE);
    expect(shadowOf(host)?.contains(container)).toBe(true);
    expect(sizeOf(container)).toEqual({ width: '12em', height: '2em', overflow: 'hidden' });
    // What the page can do to the host changes nothing inside.
    host.style.cssText += `;${RESTYLE}`;
    expect(sizeOf(container)).toEqual({ width: '12em', height: '2em', overflow: 'hidden' });
    host.remove();
  });

  it('shares one template and one sheet between hosts', () => {
    const a = createShadowHost(document, '.x{}');
    const b = createShadowHost(document, '.x{}');
    expect(a.host.style.cssText).toBe(b.host.style.cssText);
    expect(a.host.style.display).toBe('inline-flex');
    expect(sizeOf(a.host)).toEqual(NONE);
    const sheets = (mount: { container: HTMLElement }) => (mount.container.getRootNode() as ShadowRoot).adoptedStyleSheets;
    if (sheets(a).length > 0) expect(sheets(a)[0]).toBe(sheets(b)[0]);
  });
});

async function start(file: string, url: string) {
  const doc = loadLinkedInFixture(file, url);
  const request = vi.fn(async () => ({ recorded: true })) as unknown as typeof requestFn;
  booted = boot({
    window,
    features: [composerShareButton, profileShareButton],
    t: (key) => key,
    request,
    isExtensionAlive: () => true,
    loadConfig: async () => ({ quietMode: false, keepReplyText: false }),
    batchDelay: 5,
  });
  await booted.ready;
  return doc;
}

describe("the share buttons in LinkedIn's page", () => {
  it('have one size for every label, inside the closed root: the button is the sized wrapper', () => {
    // The rule the closed root holds (adopted or as a <style>): a fixed box that clips its label.
    expect(shareButtonCss).toContain(
      `.share { box-sizing: border-box; width: ${SHARE_BUTTON_SIZE.width}; height: ${SHARE_BUTTON_SIZE.height}; overflow: hidden;`,
    );
    // Everything else takes no room in the flow: the status region is out of it (the status is
    // drawn by a toast of its own, outside the composer: status-toast.ts), the picker floats.
    expect(shareButtonCss).toMatch(/\.live \{ position: absolute;/);
  });

  for (const [file, url] of [
    ['messaging-thread.html', 'https://www.linkedin.com/messaging/thread/2-ada/'],
    ['profile.html', 'https://www.linkedin.com/in/ada-sample-42/'],
  ] as const) {
    it(`put no size on their hosts, restyled or not (${file})`, async () => {
      const doc = await start(file, url);
      const hosts = closedHosts(doc) as HTMLElement[];
      expect(hosts.length).toBeGreaterThan(0);
      for (const host of hosts) {
        expect(sizeOf(host)).toEqual(NONE);
        const button = shadowOf(host)!.querySelector('button.share')!;
        const computed = () => {
          const style = getComputedStyle(button);
          return { width: style.width, height: style.height, overflow: style.overflow };
        };
        // The sized wrapper: the button, styled from inside the root (placeholder or Preact alike).
        expect(computed()).toEqual({ ...SHARE_BUTTON_SIZE, overflow: 'hidden' });
        host.style.cssText += `;${RESTYLE}`;
        expect(computed()).toEqual({ ...SHARE_BUTTON_SIZE, overflow: 'hidden' });
      }
    });
  }
});
