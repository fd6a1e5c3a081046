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

async function open(context: unknown) {
  const request = vi.fn(async (type: string, payload: { text?: string; stages?: string[] }) => {
    if (type === 'share.context') return context;
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
    render(<Picker t={t as never} request={request as unknown as typeof requestFn} person={{ prospectId: "/in/ada" }} prepare={prepare} onChoose={onChoose} onClose={onClose} />, document.body);
  });
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
  return { request, prepare, onChoose, onClose };
}

const noGuard = { recentShares: 0, max: 2, days: 7, unansweredInARow: 0 };
const options = () => [...document.querySelectorAll('[role="option"]')].map((o) => o.querySelector('.option-title')!.textContent);

describe('Picker', () => {
  it('lists recommendations for the prospect first, without what they already received', async () => {
    await open({ prospect: { name: 'Ada', stage: 'evaluation', persona: 'CFO' }, sentContentIds: ['sent1'], guard: noGuard });
    expect(options()).toEqual(['For evaluation', 'Alpha', 'Beta']);
    expect(document.body.textContent).toContain('pickerRecommended:Ada');
  });

  it('marks items already sent, and is driven by the keyboard', async () => {
    const { onChoose, onClose } = await open({ prospect: null, sentContentIds: ['b'], guard: noGuard });
    expect(options()).toEqual(['Alpha', 'For evaluation', 'Beta']);
    expect(document.querySelectorAll('.badge')).toHaveLength(1);
    const input = document.querySelector('input')!;
    expect(document.activeElement).toBe(input);
    const key = (k: string) => act(() => void input.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true })));
    await key('ArrowDown');
    await key('ArrowDown');
    expect(document.querySelector('[aria-selected="true"] .option-title')?.textContent).toBe('Beta');
    expect(input.getAttribute('aria-activedescendant')).toBe(document.querySelector('[aria-selected="true"]')!.id);
    await key('Enter');
    // The text inserted is the one the background filled for this person.
    await vi.waitFor(() => expect(onChoose).toHaveBeenCalledWith(expect.objectContaining({ link: 'https://e.com/b' }), expect.objectContaining({ text: 'Hi Ada, read b\n\nhttps://e.com/b' })));
    await key('Escape');
    expect(onClose).toHaveBeenCalled();
  });

  it('warns before inserting for a person who already got it, too much, or did not answer, and lets the user go on', async () => {
    const { onChoose } = await open({
      prospect: { name: 'Ada', stage: 'evaluation', persona: 'CFO' },
      sentContentIds: ['a'],
      guard: { recentShares: 2, max: 2, days: 7, unansweredInARow: 2 },
    });
    const input = document.querySelector('input')!;
    // Recommended first ("For evaluation", "Already received"), then Alpha, which Ada already got.
    await act(() => void input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true })));
    await act(() => void input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true })));
    expect(document.querySelector('[aria-selected="true"] .option-title')?.textContent).toBe('Alpha');
    await act(() => void input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    const warnings = () => [...document.querySelectorAll('.picker-warnings li')].map((li) => li.textContent);
    await vi.waitFor(() => expect(warnings()).toHaveLength(3));
    expect(onChoose).not.toHaveBeenCalled();
    expect(warnings()).toEqual(['guardAlreadySent:Ada', 'guardTooMany:Ada,2,7', 'guardUnanswered:Ada']);
    await act(() => void (document.querySelector('.picker-actions button') as HTMLButtonElement).click());
    expect(onChoose).toHaveBeenCalledWith(expect.objectContaining({ link: 'https://e.com/a' }), expect.objectContaining({ link: 'https://e.com/a' }));
  });

  it('previews the highlighted item filled for the person, and refuses one that misses a variable, saying which', async () => {
    const { onChoose, prepare } = await open({ prospect: null, sentContentIds: [], guard: noGuard });
    const preview = () => document.querySelector('section[aria-label="pickerPreview"]')?.textContent;
    await vi.waitFor(() => expect(preview()).toBe('Hi Ada, read a\n\nhttps://e.com/a'));
    const input = document.querySelector('input')!;
    await act(() => void input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true })));
    await vi.waitFor(() => expect(preview()).toBe('missingCompany'));
    await act(() => void input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    await vi.waitFor(() => expect(document.querySelector('[role="alert"]')?.textContent).toBe('missingCompany'));
    expect(onChoose).not.toHaveBeenCalled();
    // Back and forth asks the background once per item.
    await act(() => void input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true })));
    await vi.waitFor(() => expect(preview()).toContain('read a'));
    expect(prepare.mock.calls.map(([hit]) => hit.item.id)).toEqual(['a', 'rec1']);
  });
});
