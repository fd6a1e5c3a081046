// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { request as requestFn } from '../../src/contract/client';
import type { LibraryHit, ShareText } from '../../src/contract/index';
import { Picker, PICKER_HEIGHT, pickerCss } from '../../src/content/ui/Picker';
import { item } from './helpers/items';

const hit = (id: string, title: string): LibraryHit => ({ item: item({ id, title }), link: `https://e.com/${id}` });
const t = (key: string, subs?: string | string[]) => (subs ? `${key}:${[subs].flat().join(',')}` : key);

afterEach(() => render(null, document.body));

/** What the background would say of a tracked person, were the picker to ask (it must not). */
const TRACKED = {
  prospect: { name: 'Ada', stage: 'evaluation', persona: 'CFO' },
  sentContentIds: ['a', 'b'],
  guard: { recentShares: 9, max: 2, days: 7, unansweredInARow: 3 },
};
const UNTRACKED = { prospect: null, sentContentIds: [], guard: { recentShares: 0, max: 2, days: 7, unansweredInARow: 0 } };

async function open(context: unknown = UNTRACKED) {
  const request = vi.fn(async (type: string, payload: { text?: string; stages?: string[] }) => {
    if (type === 'share.context') return context;
    if (type !== 'library.search') throw new Error(`unexpected ${type}`);
    if (payload.stages) return { hits: [hit('rec1', 'For evaluation'), hit('sent1', 'Already received')], total: 2 };
    return { hits: [hit('a', 'Alpha'), hit('rec1', 'For evaluation'), hit('b', 'Beta')], total: 3 };
  });
  const onChoose = vi.fn();
  const onClose = vi.fn();
  // The filled text of each item: "For evaluation" (rec1) needs a company nobody knows.
  const prepare = vi.fn(async ({ item: { id } }: LibraryHit): Promise<ShareText> =>
    id === 'rec1'
      ? { text: '', caption: '', link: `https://e.com/${id}`, captionIndex: 0, missing: ['company'] }
      : {
          text: `Hi Ada, read ${id}\n\nhttps://e.com/${id}`,
          caption: `read ${id}`,
          link: `https://e.com/${id}`,
          captionIndex: 0,
          missing: [],
        },
  );
  await act(async () => {
    render(
      <Picker t={t as never} request={request as unknown as typeof requestFn} prepare={prepare} onChoose={onChoose} onClose={onClose} />,
      document.body,
    );
  });
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
  return { request, prepare, onChoose, onClose };
}

const options = () => [...document.querySelectorAll('[role="option"]')].map((o) => o.querySelector('.option-title')!.textContent);
const key = (k: string) =>
  act(() => void document.querySelector('input')!.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true })));

/** The tree as the page could come to know it: every element's name, attributes and own text. */
function shape(node: Element): string {
  const attributes = [...node.attributes].map(({ name, value }) => `${name}=${value}`).join(' ');
  const text = [...node.childNodes]
    .filter((child) => child.nodeType === 3)
    .map((child) => child.textContent)
    .join('');
  return `<${node.localName} ${attributes}>${text}${[...node.children].map(shape).join('')}</${node.localName}>`;
}

describe('Picker', () => {
  it('lists the library search, and asks nothing about the person', async () => {
    const { request } = await open(TRACKED);
    expect(options()).toEqual(['Alpha', 'For evaluation', 'Beta']);
    expect(request.mock.calls.map(([type]) => type)).toEqual(['library.search']);
    expect(document.querySelectorAll('.badge')).toHaveLength(0);
    expect(document.body.textContent).not.toContain('Ada');
  });

  it('draws the same text and the same tree for a tracked and an untracked person', async () => {
    const drawn = async (context: unknown) => {
      await open(context);
      await key('ArrowDown');
      await key('ArrowDown');
      await vi.waitFor(() => expect(document.querySelector('.picker-text')?.textContent).toContain('read b'));
      const seen = { text: document.body.textContent, shape: shape(document.body) };
      render(null, document.body);
      return seen;
    };
    const tracked = await drawn(TRACKED);
    const untracked = await drawn(UNTRACKED);
    // The ids differ per picker (pk1, pk2): they say how many were opened, not for whom.
    const same = (seen: { shape: string }) => seen.shape.replace(/pk\d+/g, 'pk');
    expect(tracked.text).toBe(untracked.text);
    expect(same(tracked)).toBe(same(untracked));
  });

  it('is driven by the keyboard', async () => {
    const { onChoose, onClose } = await open();
    const input = document.querySelector('input')!;
    expect(document.activeElement).toBe(input);
    await key('ArrowDown');
    await key('ArrowDown');
    expect(document.querySelector('[aria-selected="true"] .option-title')?.textContent).toBe('Beta');
    expect(input.getAttribute('aria-activedescendant')).toBe(document.querySelector('[aria-selected="true"]')!.id);
    await key('Enter');
    // The text inserted is the one the background filled.
    await vi.waitFor(() =>
      expect(onChoose).toHaveBeenCalledWith(
        expect.objectContaining({ link: 'https://e.com/b' }),
        expect.objectContaining({ text: 'Hi Ada, read b\n\nhttps://e.com/b' }),
      ),
    );
    await key('Escape');
    expect(onClose).toHaveBeenCalled();
  });

  it('inserts an item at once: no confirmation, whoever the person', async () => {
    const { onChoose } = await open(TRACKED);
    await key('Enter');
    await vi.waitFor(() =>
      expect(onChoose).toHaveBeenCalledWith(
        expect.objectContaining({ link: 'https://e.com/a' }),
        expect.objectContaining({ link: 'https://e.com/a' }),
      ),
    );
    expect(document.querySelector('[role="alertdialog"]')).toBeNull();
  });

  it('previews the highlighted item, and refuses one that misses a variable, saying which in the preview', async () => {
    const { onChoose, prepare } = await open();
    const preview = () => document.querySelector('section[aria-label="pickerPreview"]')?.textContent;
    // The text above, the link on a line of its own under it.
    await vi.waitFor(() => expect(preview()).toBe('Hi Ada, read ahttps://e.com/a'));
    expect(document.querySelector('.picker-text')?.textContent).toBe('Hi Ada, read a');
    expect(document.querySelector('.picker-link')?.textContent).toBe('https://e.com/a');
    await key('ArrowDown');
    await vi.waitFor(() => expect(preview()).toBe('missingCompany'));
    const before = shape(document.body);
    await key('Enter');
    await vi.waitFor(() =>
      expect(document.querySelector('section[aria-label="pickerPreview"] [role="alert"]')?.textContent).toBe('missingCompany'),
    );
    expect(onChoose).not.toHaveBeenCalled();
    // Said in the box of fixed height: nothing else in the picker appears or moves.
    expect(shape(document.body).replace(' role=alert', '')).toBe(before);
    // Back and forth asks the background once per item.
    await key('ArrowUp');
    await vi.waitFor(() => expect(preview()).toContain('read a'));
    expect(prepare.mock.calls.map(([hit]) => hit.item.id)).toEqual(['a', 'rec1']);
  });

  it('names each option by its title, and describes it by its format and stages, translated', async () => {
    const request = vi.fn(async () => ({
      hits: [
        { item: item({ id: 'v', title: 'Demo video', format: 'video', stages: ['evaluation', 'purchase'] }), link: 'https://e.com/v' },
        { item: item({ id: 'c', title: 'Case study', format: 'case-study', stages: [] }), link: 'https://e.com/c' },
      ],
      total: 2,
    }));
    await act(async () => {
      const never = vi.fn(async () => new Promise<ShareText>(() => {}));
      render(
        <Picker t={t as never} request={request as unknown as typeof requestFn} prepare={never} onChoose={vi.fn()} onClose={vi.fn()} />,
        document.body,
      );
    });
    await vi.waitFor(() => expect(document.querySelectorAll('[role="option"]')).toHaveLength(2));
    // The picker asks for its usual order: favourites, then what the user shared lately.
    expect(request).toHaveBeenCalledWith('library.search', { text: '', limit: 8, favouritesFirst: true });
    const byId = (id: string | null) => (id ? document.getElementById(id) : null);
    const [video, study] = [...document.querySelectorAll('[role="option"]')];
    // Its name is its title alone, as the end-to-end tests and a screen reader find it.
    expect(byId(video!.getAttribute('aria-labelledby'))?.textContent).toBe('Demo video');
    expect(video!.getAttribute('aria-description')).toBe('format_video, stage_evaluation, stage_purchase');
    // The chips' words are generated content, never text the page's search could find.
    const labels = (option: Element) => [...option.querySelectorAll('.chip')].map((chip) => chip.getAttribute('data-label'));
    expect(labels(video!)).toEqual(['format_video', 'stage_evaluation', 'stage_purchase']);
    expect(labels(study!)).toEqual(['format_case_study']);
    expect(video!.textContent).toBe('Demo video');
  });

  it('switches the caption with ‹ › or Alt+←→, previews it and inserts it', async () => {
    const captions = [
      { language: 'en', text: 'One' },
      { language: 'fr', text: 'Deux' },
      { language: 'en', text: 'Three' },
    ];
    const hits = [{ item: item({ id: 'm', title: 'Many', captions }), link: 'https://e.com/m' }, hit('single', 'Single')];
    const request = vi.fn(async () => ({ hits, total: 2 }));
    // The background proposes the second caption (the rep's language, least recently used).
    const prepare = vi.fn(async ({ item: { id } }: LibraryHit, index?: number): Promise<ShareText> => {
      const captionIndex = id === 'm' ? (index ?? 1) : null;
      const caption = captionIndex === null ? '' : captions[captionIndex]!.text;
      return { text: `${caption}\nhttps://e.com/${id}`, caption, link: `https://e.com/${id}`, captionIndex, missing: [] };
    });
    const onChoose = vi.fn();
    await act(async () => {
      render(
        <Picker t={t as never} request={request as unknown as typeof requestFn} prepare={prepare} onChoose={onChoose} onClose={vi.fn()} />,
        document.body,
      );
    });
    const text = () => document.querySelector('.picker-text')?.textContent;
    const counter = () => document.querySelector('.picker-captions [aria-live]')?.textContent;
    await vi.waitFor(() => expect(text()).toBe('Deux'));
    expect(counter()).toBe('2/3 · FR');
    const group = document.querySelector('[role="group"][aria-label="pickerCaption"]')!;
    const [previous, next] = [...group.querySelectorAll('button')];
    expect([previous?.getAttribute('aria-label'), next?.getAttribute('aria-label')]).toEqual([
      'pickerCaptionPrevious',
      'pickerCaptionNext',
    ]);

    await act(() => void next!.click());
    expect(counter()).toBe('3/3 · EN');
    await vi.waitFor(() => expect(text()).toBe('Three'));
    expect(prepare).toHaveBeenLastCalledWith(expect.objectContaining({ link: 'https://e.com/m' }), 2);
    // Round the end, and back with the keys, from the search field.
    const alt = (k: string) =>
      act(
        () =>
          void document
            .querySelector('input')!
            .dispatchEvent(new KeyboardEvent('keydown', { key: k, altKey: true, bubbles: true, cancelable: true })),
      );
    await alt('ArrowRight');
    await vi.waitFor(() => expect(text()).toBe('One'));
    expect(counter()).toBe('1/3 · EN');
    await alt('ArrowLeft');
    await vi.waitFor(() => expect(text()).toBe('Three'));
    // Enter inserts the caption chosen, whose index the log records.
    await key('Enter');
    const inserted = expect.objectContaining({ caption: 'Three', captionIndex: 2 });
    await vi.waitFor(() => expect(onChoose).toHaveBeenCalledWith(expect.objectContaining({ link: 'https://e.com/m' }), inserted));
    // Each caption was asked once; moving to an item of one caption shows no control.
    expect(prepare.mock.calls.map(([, index]) => index)).toEqual([undefined, 2, 0]);
    await key('ArrowDown');
    await vi.waitFor(() => expect(document.querySelector('[aria-selected="true"] .option-title')?.textContent).toBe('Single'));
    expect(document.querySelector('.picker-captions [role="group"]')).toBeNull();
    expect(document.querySelector('.picker-captions')).not.toBeNull();
  });

  it('is one size whatever it shows: a fixed height, a fixed preview, a list that takes the rest', () => {
    const rule = (selector: string) =>
      pickerCss.match(new RegExp(`(?:^|\\n)${selector.replace(/[.*>]/g, '\\$&')} \\{([^}]*)\\}`))?.[1] ?? '';
    expect(rule('.picker')).toContain(`height: ${PICKER_HEIGHT}px`);
    expect(rule('.picker')).toContain('box-sizing: border-box');
    expect(rule('.picker > *')).toContain('flex: none');
    expect(rule('.picker-preview')).toMatch(/(^|[ ;])height: \d+px/);
    expect(rule('.picker-captions')).toMatch(/(^|[ ;])height: \d+px/);
    expect(rule('.picker > .picker-list')).toContain('flex: 1 1 0');
    // Nothing in it is sized by its content.
    expect(pickerCss).not.toMatch(/max-content|fit-content/);
  });

  it('keeps a long text inside the preview: the link always shows, wrapping at its slashes and parameters', async () => {
    const link = 'https://example.com/a/b?utm_source=linkedin&utm_medium=social';
    const long = `${'A long caption. '.repeat(80)}\n${link}`;
    const request = vi.fn(async () => ({ hits: [hit('l', 'Long')], total: 1 }));
    const prepare = vi.fn(async (): Promise<ShareText> => ({ text: long, caption: long, link, captionIndex: 0, missing: [] }));
    await act(async () => {
      render(
        <Picker t={t as never} request={request as unknown as typeof requestFn} prepare={prepare} onChoose={vi.fn()} onClose={vi.fn()} />,
        document.body,
      );
    });
    await vi.waitFor(() => expect(document.querySelector('.picker-link')?.textContent).toBe(link));
    // The text scrolls in its own box; the link sits under it, outside, so never cut.
    expect(document.querySelector('.picker-body .picker-link')).toBeNull();
    expect(document.querySelector('.picker-body')?.getAttribute('tabindex')).toBe('0');
    // https://example.com/ a/ b ?utm_source=linkedin &utm_medium=social
    expect(document.querySelectorAll('.picker-link wbr')).toHaveLength(4);
  });
});
