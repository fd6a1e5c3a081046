// @vitest-environment happy-dom
// The live query hook: it fetches by key, and again when our background names a store it reads,
// when the page comes back from the back/forward cache, and on history moves. One listener per
// page; announcements from anyone but our background are ignored.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { storesChanged } from '../../src/contract/changes';
import type { StoreName } from '../../src/contract/index';
import { useQuery, type Loaded } from '../../src/ui/use-query';

type Sender = { id?: string; tab?: { id: number }; url?: string };
type Listener = (message: unknown, sender: Sender) => unknown;
const fake = vi.hoisted(() => ({ listeners: new Set<(message: unknown, sender: unknown) => unknown>() }));
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: {
      id: 'nurture-id',
      onMessage: {
        addListener: (listener: (message: unknown, sender: unknown) => unknown) => void fake.listeners.add(listener),
        removeListener: (listener: (message: unknown, sender: unknown) => unknown) => void fake.listeners.delete(listener),
      },
    },
  },
}));

const BACKGROUND: Sender = { id: 'nurture-id', url: 'chrome-extension://nurture-id/service-worker-loader.js' };

async function announce(message: unknown, sender: Sender = BACKGROUND) {
  await act(async () => {
    for (const listener of fake.listeners) (listener as Listener)(message, sender);
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

/** A pageshow event (happy-dom's PageTransitionEvent does not take `persisted`). */
const pageShow = (persisted: boolean) => Object.defineProperty(new Event('pageshow'), 'persisted', { value: persisted });

async function settle() {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

let seen: Loaded<string>[] = [];
function Probe({ k, fetcher, stores, cached }: { k: string; fetcher: () => Promise<string>; stores: StoreName[]; cached?: string }) {
  const [result] = useQuery(k, fetcher, stores, cached);
  seen.push(result);
  return <p>{result.state === 'ready' ? result.value : result.state}</p>;
}

async function mount(node: preact.VNode) {
  await act(async () => render(node, document.body));
  await settle();
}

afterEach(async () => {
  await act(async () => render(null, document.body));
  seen = [];
});

describe('useQuery', () => {
  it('fetches once, then again on an announcement naming a store it reads, and on nothing else', async () => {
    let n = 0;
    const fetcher = vi.fn(async () => `answer ${++n}`);
    await mount(<Probe k="a" fetcher={fetcher} stores={['prospects', 'settings']} />);
    expect(document.body.textContent).toBe('answer 1');

    await announce(storesChanged(['content']));
    await announce({ type: 'prospects.add', payload: {} });
    await announce({ type: 'stores.changed', stores: ['prospects', 'nonsense'] });
    expect(fetcher).toHaveBeenCalledTimes(1);

    await announce(storesChanged(['interactions', 'prospects']));
    expect(fetcher).toHaveBeenCalledTimes(2);
    expect(document.body.textContent).toBe('answer 2');
    // The value stays on screen while it is fetched again: no flash of "loading".
    expect(seen.filter((result) => result.state === 'loading')).toHaveLength(1);
  });

  it('shows a cached value at once, marked cached, until the first answer replaces it', async () => {
    let answer: (value: string) => void = () => {};
    const fetcher = vi.fn(() => new Promise<string>((resolve) => (answer = resolve)));
    await mount(<Probe k="a" fetcher={fetcher} stores={['prospects']} cached="from the cache" />);
    expect(document.body.textContent).toBe('from the cache');
    expect(seen[0]).toEqual({ state: 'ready', value: 'from the cache', cached: true });
    await act(async () => answer('from the background'));
    await settle();
    expect(document.body.textContent).toBe('from the background');
    expect(seen.at(-1)).toEqual({ state: 'ready', value: 'from the background' });
    expect(seen.filter((result) => result.state === 'loading')).toHaveLength(0);
  });

  it('hears only our background: not a tab, not another extension', async () => {
    const fetcher = vi.fn(async () => 'x');
    await mount(<Probe k="a" fetcher={fetcher} stores={['prospects']} />);
    const change = storesChanged(['prospects']);
    await announce(change, { id: 'nurture-id', tab: { id: 3 }, url: 'https://www.linkedin.com/feed/' });
    await announce(change, { id: 'nurture-id', tab: { id: 4 }, url: 'chrome-extension://nurture-id/src/dashboard/index.html' });
    await announce(change, { id: 'other-extension' });
    await announce(change, {});
    expect(fetcher).toHaveBeenCalledTimes(1);
    await announce(change);
    expect(fetcher).toHaveBeenCalledTimes(2);
  });

  it('fetches again when the page comes back from the back/forward cache, and on Back within it', async () => {
    const fetcher = vi.fn(async () => 'x');
    await mount(<Probe k="a" fetcher={fetcher} stores={['prospects']} />);
    await act(async () => void window.dispatchEvent(pageShow(false)));
    await settle();
    expect(fetcher).toHaveBeenCalledTimes(1);
    await act(async () => void window.dispatchEvent(pageShow(true)));
    await settle();
    expect(fetcher).toHaveBeenCalledTimes(2);
    await act(async () => void window.dispatchEvent(new Event('popstate')));
    await settle();
    await act(async () => void window.dispatchEvent(new Event('hashchange')));
    await settle();
    expect(fetcher).toHaveBeenCalledTimes(4);
  });

  it('fetches for a new key, and an answer for the old key that comes late is dropped', async () => {
    const pending: Record<string, (value: string) => void> = {};
    const fetcher = (key: string) => () => new Promise<string>((resolve) => (pending[key] = resolve));
    await mount(<Probe k="old" fetcher={fetcher('old')} stores={[]} />);
    await mount(<Probe k="new" fetcher={fetcher('new')} stores={[]} />);
    await act(async () => pending['new']!('new answer'));
    await settle();
    await act(async () => pending['old']!('old answer'));
    await settle();
    expect(document.body.textContent).toBe('new answer');
  });

  it('asks at most once more for a burst of announcements, and keeps the newest answer', async () => {
    const resolvers: ((value: string) => void)[] = [];
    const fetcher = vi.fn(() => new Promise<string>((resolve) => resolvers.push(resolve)));
    await mount(<Probe k="a" fetcher={fetcher} stores={['interactions']} />);
    for (let i = 0; i < 5; i++) await announce(storesChanged(['interactions']));
    expect(fetcher).toHaveBeenCalledTimes(1);
    await act(async () => resolvers[0]!('stale'));
    await settle();
    expect(fetcher).toHaveBeenCalledTimes(2);
    expect(document.body.textContent).toBe('loading');
    await act(async () => resolvers[1]!('fresh'));
    await settle();
    expect(document.body.textContent).toBe('fresh');
  });

  it('shares one message listener among the queries of a page, and removes it with the last', async () => {
    await mount(
      <>
        <Probe k="a" fetcher={async () => 'a'} stores={['content']} />
        <Probe k="b" fetcher={async () => 'b'} stores={['prospects']} />
      </>,
    );
    expect(fake.listeners.size).toBe(1);
    await act(async () => render(null, document.body));
    expect(fake.listeners.size).toBe(0);
  });

  it('shows an error, and recovers on the next announcement', async () => {
    let fail = true;
    await mount(<Probe k="a" fetcher={async () => (fail ? Promise.reject(new Error('worker asleep')) : 'back')} stores={['settings']} />);
    expect(seen.at(-1)).toEqual({ state: 'error', message: 'worker asleep' });
    fail = false;
    await announce(storesChanged(['settings']));
    expect(document.body.textContent).toBe('back');
  });
});
