// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { request as requestFn } from '../../src/shared/client';
import type { LibraryHit, ShareText } from '../../src/shared/contract';
import { Picker } from '../../src/content/ui/Picker';
import { item } from './helpers/items';

const hit = (id: string, title: string): LibraryHit => ({ item: item({ id, title }), link: `https://e.com/${id}` });
const t = (key: string, subs?: string | string[]) => (subs ? `${key}:${[subs].flat().join(',')}` : key);

afterEach(() => render(null, document.body));

/** What the background would say of a tracked person, were the picker to ask (it must not). */
const TRACKED = { prospect: { name: 'Ada', stage: 'evaluation', persona: 'CFO' }, sentContentIds: ['a', 'b'], guard: { recentShares: 9, max: 2, days: 7, unansweredInARow: 3 } };
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
    id === 'rec1' ? { text: '', caption: '', link: `https://e.com/${id}`, captionIndex: 0, missing: ['company'] } : { text: `Hi Ada, read ${id}\n\nhttps://e.com/${id}`, caption: `read ${id}`, link: `https://e.com/${id}`, captionIndex: 0, missing: [] },
  );
  await act(async () => {
    render(<Picker t={t as never} request={request as unknown as typeof requestFn} prepare={prepare} onChoose={onChoose} onClose={onClose} />, document.body);
  });
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
  return { request, prepare, onChoose, onClose };
}

const options = () => [...document.querySelectorAll('[role="option"]')].map((o) => o.querySelector('.option-title')!.textContent);
const key = (k: string) => act(() => void document.querySelector('input')!.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true })));

/** The tree as the page could come to know it: every element's name, attributes and own text. */
function shape(node: Element): string {
  const attributes = [...node.attributes].map(({ name, value }) => `${name}=${value}`).join(' ');
  const text = [...node.childNodes].filter((child) => child.nodeType === 3).map((child) => child.textContent).join('');
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
    await vi.waitFor(() => expect(onChoose).toHaveBeenCalledWith(expect.objectContaining({ link: 'https://e.com/b' }), expect.objectContaining({ text: 'Hi Ada, read b\n\nhttps://e.com/b' })));
    await key('Escape');
    expect(onClose).toHaveBeenCalled();
  });

  it('inserts an item at once: no confirmation, whoever the person', async () => {
    const { onChoose } = await open(TRACKED);
    await key('Enter');
    await vi.waitFor(() => expect(onChoose).toHaveBeenCalledWith(expect.objectContaining({ link: 'https://e.com/a' }), expect.objectContaining({ link: 'https://e.com/a' })));
    expect(document.querySelector('[role="alertdialog"]')).toBeNull();
  });

  it('previews the highlighted item, and refuses one that misses a variable, saying which in the preview', async () => {
    const { onChoose, prepare } = await open();
    const preview = () => document.querySelector('section[aria-label="pickerPreview"]')?.textContent;
    await vi.waitFor(() => expect(preview()).toBe('Hi Ada, read a\n\nhttps://e.com/a'));
    await key('ArrowDown');
    await vi.waitFor(() => expect(preview()).toBe('missingCompany'));
    const before = shape(document.body);
    await key('Enter');
    await vi.waitFor(() => expect(document.querySelector('section[aria-label="pickerPreview"] [role="alert"]')?.textContent).toBe('missingCompany'));
    expect(onChoose).not.toHaveBeenCalled();
    // Said in the box of fixed height: nothing else in the picker appears or moves.
    expect(shape(document.body).replace(' role=alert', '')).toBe(before);
    // Back and forth asks the background once per item.
    await key('ArrowUp');
    await vi.waitFor(() => expect(preview()).toContain('read a'));
    expect(prepare.mock.calls.map(([hit]) => hit.item.id)).toEqual(['a', 'rec1']);
  });
});
