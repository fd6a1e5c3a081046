// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { request as requestFn } from '../../src/shared/client';
import type { LibraryHit } from '../../src/shared/contract';
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
  await act(async () => {
    render(<Picker t={t as never} request={request as unknown as typeof requestFn} prospectId="/in/ada" onChoose={onChoose} onClose={onClose} />, document.body);
  });
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
  return { request, onChoose, onClose };
}

const options = () => [...document.querySelectorAll('[role="option"]')].map((o) => o.querySelector('.option-title')!.textContent);

describe('Picker', () => {
  it('lists recommendations for the prospect first, without what they already received', async () => {
    await open({ prospect: { name: 'Ada', stage: 'evaluation', persona: 'CFO' }, sentContentIds: ['sent1'] });
    expect(options()).toEqual(['For evaluation', 'Alpha', 'Beta']);
    expect(document.body.textContent).toContain('pickerRecommended:Ada');
  });

  it('marks items already sent, and is driven by the keyboard', async () => {
    const { onChoose, onClose } = await open({ prospect: null, sentContentIds: ['b'] });
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
    expect(onChoose).toHaveBeenCalledWith(expect.objectContaining({ link: 'https://e.com/b' }));
    await key('Escape');
    expect(onClose).toHaveBeenCalled();
  });
});
