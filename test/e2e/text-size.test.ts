// Issue 26: body text of at least 14 px in every page of ours. Chrome gives extension pages a
// body font of its own (75 % in `extension_fonts.css`): with it, our 14 px read as 10.5 px, which
// no unit test could see. Measured in the browser, as the user reads it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Session } from './launch';

/**
 * Body text: paragraphs, list items, labels, cells, buttons. Small print (chips, <small>, code,
 * charts' labels, the popup's footer line) may be smaller, never under 12 px.
 */
const SMALL_PRINT = '.chip, small, .small, code, svg, .chart-svg, .menu-caret, .sr-only, .popup .status p, .popup .status summary';

interface Sizes {
  body: number;
  /** Text smaller than 14 px that is not small print: "tag.class size: text". */
  tooSmall: string[];
  /** How many text nodes were measured (a page that drew nothing would pass otherwise). */
  measured: number;
}

function measure(page: Page): Promise<Sizes> {
  return page.evaluate((smallPrint) => {
    const tooSmall: string[] = [];
    let measured = 0;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      // Icons drawn as characters (a menu's caret) are no text to read.
      if (!element || !node.textContent?.trim() || element.closest('[aria-hidden="true"], .menu-caret')) continue;
      if (element.getClientRects().length === 0) continue;
      const size = parseFloat(getComputedStyle(element).fontSize);
      if (element.closest(smallPrint)) {
        if (size < 12)
          tooSmall.push(
            `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} ${size}px (small print): ${node.textContent.trim().slice(0, 40)}`,
          );
        continue;
      }
      measured++;
      if (size < 14)
        tooSmall.push(
          `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} ${size}px: ${node.textContent.trim().slice(0, 40)}`,
        );
    }
    return { body: parseFloat(getComputedStyle(document.body).fontSize), tooSmall, measured };
  }, SMALL_PRINT);
}

describe('text size in our pages (issue 26)', () => {
  let session: Session;
  let page: Page;
  beforeAll(async () => {
    session = await launch();
    page = await session.context.newPage();
  });
  afterAll(async () => {
    await session.close();
  });

  it.each(['welcome', 'library', 'sources', 'prospects', 'activity', 'insights', 'settings', 'data'])(
    'the dashboard’s %s view reads at 14 px or more',
    async (view) => {
      await page.goto(session.url(`src/dashboard/index.html#${view}`));
      await page.locator('main').first().waitFor();
      await page.getByRole('heading', { level: 2 }).first().waitFor();
      const sizes = await measure(page);
      expect(sizes.body).toBeGreaterThanOrEqual(14);
      expect(sizes.measured).toBeGreaterThan(3);
      expect(sizes.tooSmall).toEqual([]);
    },
  );

  it('the popup and the side panel read at 14 px or more', async () => {
    for (const path of ['src/popup/index.html', 'src/panel/index.html']) {
      await page.goto(session.url(path));
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      const sizes = await measure(page);
      expect(sizes.body, path).toBeGreaterThanOrEqual(14);
      expect(sizes.measured, path).toBeGreaterThan(1);
      expect(sizes.tooSmall, path).toEqual([]);
    }
  });
});
