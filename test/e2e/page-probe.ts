// What a script in LinkedIn's page can learn of what we draw there, run in the page's own world
// as an attacker's script would (issue 32): text search of the rendered page, every closed host
// restyled and measured, a hit-test grid, and what the page's listeners see of a shortcut.
// Whatever it returns must be the same whether the person on screen is tracked or not.
import type { Page } from 'playwright-core';

/** Stage names the picker's chips show for items (and a person's card would show for a person). */
export const STAGE_WORDS = ['Awareness', 'Consideration', 'Evaluation'];

/** Words our UI would show about a person: stages, status, recommendations. */
export const PERSONAL_WORDS = [
  'Prospect',
  'Track',
  'Tracked',
  'Add to prospects',
  'Awareness',
  'Consideration',
  'Evaluation',
  'Purchase',
  'Customer',
  'Advocate',
  'Recommended',
  'Already sent',
  'draft',
  'Follow-up',
  'Do not contact',
];

export interface Seen {
  /** window.find() of each word: true where the rendered page shows it. */
  found: Record<string, boolean>;
  /** Each bare span (no light children: how our hosts look) restyled to its content's size, measured. */
  hosts: { width: number; height: number; scrollWidth: number; scrollHeight: number }[];
}

/** Text search and host measurement, in the page's world. */
export function textAndHosts(page: Page): Promise<Seen> {
  return page.evaluate((words) => {
    const found: Record<string, boolean> = {};
    for (const word of words) {
      getSelection()?.removeAllRanges();
      // find(string, caseSensitive, backwards, wrapAround, wholeWord, searchInFrames, showDialog)
      found[word] = (window as unknown as { find: (...args: unknown[]) => boolean }).find(word, false, false, true, false, false, false);
    }
    getSelection()?.removeAllRanges();
    const hosts = [...document.querySelectorAll('span')]
      .filter((span) => span.childNodes.length === 0 && span.attributes.length <= 1)
      .map((span) => {
        // What the attacker did: let the host take its content's size, and look.
        span.style.setProperty('width', 'max-content', 'important');
        span.style.setProperty('height', 'auto', 'important');
        span.style.setProperty('overflow', 'visible', 'important');
        const box = span.getBoundingClientRect();
        const seen = {
          width: Math.round(box.width),
          height: Math.round(box.height),
          scrollWidth: span.scrollWidth,
          scrollHeight: span.scrollHeight,
        };
        span.style.removeProperty('width');
        span.style.removeProperty('height');
        span.style.removeProperty('overflow');
        return seen;
      })
      .filter((size) => size.width > 0 || size.height > 0);
    return { found, hosts };
  }, PERSONAL_WORDS);
}

/**
 * elementFromPoint over the viewport every `step` pixels: for each point, the element hit, named
 * by its place in the document (tag and index), so two grids compare point by point.
 */
export function hitGrid(page: Page, step = 6): Promise<string[]> {
  return page.evaluate((step) => {
    const all = [...document.getElementsByTagName('*')];
    const index = new Map(all.map((element, i) => [element, i]));
    const seen: string[] = [];
    for (let y = 0; y < innerHeight; y += step) {
      for (let x = 0; x < innerWidth; x += step) {
        const hit = document.elementFromPoint(x, y);
        seen.push(hit ? `${hit.localName}#${index.get(hit) ?? -1}` : '-');
      }
    }
    return seen;
  }, step);
}

/** Records, from the page's world, the key events and focus changes that follow (see `keysSeen`). */
export function listenToKeys(page: Page): Promise<void> {
  return page.evaluate(() => {
    const log: string[] = [];
    (window as unknown as { __keys: string[] }).__keys = log;
    const describe = (element: Element | null) =>
      element ? `${element.localName}[${element.attributes.length}]${element.childNodes.length}` : 'none';
    for (const type of ['keydown', 'keyup']) {
      window.addEventListener(
        type,
        (event) => log.push(`${type} capture ${(event as KeyboardEvent).code} ${event.defaultPrevented}`),
        true,
      );
      window.addEventListener(type, (event) => log.push(`${type} bubble ${(event as KeyboardEvent).code} ${event.defaultPrevented}`));
    }
    document.addEventListener('focusin', () => log.push(`focus ${describe(document.activeElement)}`), true);
  });
}

export function keysSeen(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __keys: string[] }).__keys);
}
