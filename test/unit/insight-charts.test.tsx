// @vitest-environment happy-dom
// The Insights charts as rendered: each label and value in the DOM is the row it was given,
// formatted in the UI language; each chart has a title and an accessible name with its figures;
// the choices work from the keyboard's radio buttons; French screens have no English left.
import { render, type VNode } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { englishOnlyWords, getMessageFrom, loadMessages, readableText, words } from './helpers/french';

const fake = vi.hoisted(() => ({ lang: 'en' }));
vi.mock('webextension-polyfill', async () => ({ default: { i18n: (await import('./helpers/french')).bilingualI18n(() => fake.lang) } }));

const { TrendChart } = await import('../../src/dashboard/charts/TrendChart');
const { RankingChart } = await import('../../src/dashboard/charts/RankingChart');
const { FunnelChart } = await import('../../src/dashboard/charts/FunnelChart');
const { PeriodSelector } = await import('../../src/dashboard/charts/PeriodSelector');
const { RankingOptions } = await import('../../src/dashboard/charts/RankingOptions');
const { InsightsEmpty } = await import('../../src/dashboard/charts/InsightsEmpty');
const { weekSeries } = await import('../../src/dashboard/charts/trend-model');
const { rankRows } = await import('../../src/dashboard/charts/ranking-model');

afterEach(() => {
  render(null, document.body);
  fake.lang = 'en';
});

const show = (vnode: VNode) => act(() => render(vnode, document.body));
const texts = (selector: string) => [...document.querySelectorAll(selector)].map((node) => node.textContent);
const en = getMessageFrom(loadMessages('en'));

const weeks = [
  { week: '2025-12-22', shares: 1200, replies: 300 },
  { week: '2026-01-05', shares: 3, replies: 1 },
];
const points = weekSeries(weeks, { from: '2025-12-22', to: '2026-01-12' }, '2026-01-12');
const ranked = rankRows(
  [
    { key: 'lyon', shares: 9, replied: 5, answers: { interested: 3, question: 2 } },
    { key: 'pricing', shares: 1000, replied: 3 },
    { key: 'webinar', shares: 4, replied: 0 },
  ],
  (key) => ({ lyon: 'Case study: the Lyon plant', pricing: 'White paper: pricing', webinar: 'Webinar: forecasts' })[key]!,
);
const funnelRows = [
  { stage: 'consideration' as const, reached: 25, medianDaysInStage: 3.25 },
  { stage: 'awareness' as const, reached: 40, medianDaysInStage: 7 },
  { stage: 'evaluation' as const, reached: 10, medianDaysInStage: null },
  { stage: 'purchase' as const, reached: 8, medianDaysInStage: 20 },
  { stage: 'customer' as const, reached: 6, medianDaysInStage: null },
  { stage: 'advocate' as const, reached: 1, medianDaysInStage: null },
];

describe('TrendChart', () => {
  it('writes each week, its two values and its rate, and marks this week', async () => {
    await show(<TrendChart points={points} period="4w" />);
    const figure = document.querySelector('[data-testid="trend-chart"]')!;
    expect(figure.querySelector('figcaption')!.textContent).toBe('Shares and replies per week');
    expect(texts('.week-label')).toEqual(['Dec 22', 'Dec 29', 'Jan 5', 'Jan 12']);
    expect(texts('text.value.shares')).toEqual(['1,200', '0', '3', '0']);
    expect(texts('text.value.replies')).toEqual(['300', '0', '1', '0']);
    expect(texts('.rate-label')).toEqual(['25%', '—', '33%', '—']);
    expect([...document.querySelectorAll('g.week')].map((g) => g.getAttribute('data-week'))).toEqual(points.map((p) => p.week));
    expect(document.querySelector('g.week.current')!.getAttribute('data-week')).toBe('2026-01-12');
    expect(document.querySelectorAll('.current-band')).toHaveLength(1);
    // The y axis reaches past the largest bar, in round steps.
    expect(texts('.tick text')).toEqual(['0', '500', '1,000', '1,500']);
    // Legend in words, not only colours.
    expect(texts('.chart-legend li')).toEqual(['Shares', 'Replies', 'Reply rate', 'This week (so far)']);
    expect(figure.querySelector('svg')!.getAttribute('role')).toBe('img');
    expect(figure.querySelector('svg')!.getAttribute('aria-label')).toBe(
      'Shares and replies per week, last 4 weeks. Shares: 1,203; replies: 301; reply rate: 25%. This week: shares 0, replies 0.',
    );
  });

  it('draws taller bars for larger values and breaks the rate line where a week has no rate', async () => {
    await show(<TrendChart points={points} period="4w" />);
    const heights = [...document.querySelectorAll('rect.bar.shares')].map((bar) => Number(bar.getAttribute('height')));
    expect(heights[0]).toBeGreaterThan(heights[2]!);
    expect(heights[1]).toBe(0);
    expect(document.querySelectorAll('polyline.rate-line')).toHaveLength(0);
    expect(document.querySelectorAll('circle.rate-dot')).toHaveLength(2);
  });

  it('scrolls a long period instead of shrinking it, reachable from the keyboard', async () => {
    const long = weekSeries([], { from: '2025-01-06', to: '2026-01-12' }, '2026-01-12');
    await show(<TrendChart points={long} period="all" />);
    const scroller = document.querySelector('.chart-scroll')!;
    expect(scroller.classList.contains('wide')).toBe(true);
    expect(scroller.getAttribute('tabindex')).toBe('0');
    expect(document.querySelectorAll('.week-label')).toHaveLength(long.length);
  });
});

describe('RankingChart', () => {
  it('lists each row with its title and its figures, in the ranked order', async () => {
    await show(<RankingChart title="Top content" rows={ranked} />);
    expect(document.querySelector('figcaption')!.textContent).toBe('Top content');
    expect(texts('.rank-label')).toEqual(['Case study: the Lyon plant', 'White paper: pricing', 'Webinar: forecasts']);
    expect(texts('.rank-figures')).toEqual(['5 · 9 · 56%', '3 · 1,000 · 0%', '0 · 4 · 0%']);
    const widths = [...document.querySelectorAll<HTMLElement>('.rank-bar.shares')].map((bar) => bar.style.width);
    expect(widths).toEqual(['1.0%', '100.0%', '1.0%']);
    expect(document.querySelector('[role="img"]')!.getAttribute('aria-label')).toBe(
      'Top content, 3 rows. First: Case study: the Lyon plant — replies 5, shares 9, reply rate 56%.',
    );
  });

  it('ranked by interested answers, leads each row and its name with them', async () => {
    await show(<RankingChart title="Top content" rows={ranked} order="interested" />);
    expect(texts('.rank-figures')).toEqual(['3 · 5 · 9 · 33%', '0 · 3 · 1,000 · 0%', '0 · 0 · 4 · 0%']);
    expect(texts('.chart-legend li')).toContain('interested · replies · shares · interested rate');
    expect([...document.querySelectorAll<HTMLElement>('.rank-bar.interested')].map((bar) => bar.style.width)[0]).toBe('1.0%');
    expect(document.querySelector('[role="img"]')!.getAttribute('aria-label')).toBe(
      'Top content, 3 rows. First: Case study: the Lyon plant — interested answers 3, replies 5, shares 9, interested rate 33%.',
    );
  });

  it('says when there is nothing to rank', async () => {
    await show(<RankingChart title="Top content" rows={[]} />);
    expect(document.querySelector('[role="img"]')!.textContent).toBe('Nothing in this period yet.');
    expect(document.querySelector('[role="img"]')!.getAttribute('aria-label')).toBe('Top content: nothing to rank yet.');
  });
});

describe('FunnelChart', () => {
  it('has the stages in journey order with reached, passage rates, median days and where they get stuck', async () => {
    await show(<FunnelChart rows={funnelRows} />);
    expect(document.querySelector('figcaption')!.textContent).toBe('Funnel');
    expect(texts('.stage-label')).toEqual(
      ['awareness', 'consideration', 'evaluation', 'purchase', 'customer', 'advocate'].map((stage) => en(`stage_${stage}`)),
    );
    expect(texts('.value.reached')).toEqual(['40', '25', '10', '8', '6', '1']);
    expect(texts('.value.days')).toEqual(['7', '3.3', '—', '20', '—', '—']);
    expect(texts('text.passage')).toEqual(['↓ 63%', '↓ 40%', '↓ 80%', '↓ 75%', '↓ 17% — where they get stuck']);
    expect(document.querySelector('g.stage.stuck')!.getAttribute('data-stage')).toBe('customer');
    const widths = [...document.querySelectorAll('rect.bar.funnel')].map((bar) => Number(bar.getAttribute('width')));
    expect(widths[0]).toBe(300);
    expect(widths).toEqual([...widths].sort((a, b) => b - a));
    expect(document.querySelector('svg')!.getAttribute('aria-label')).toContain(
      `${en('stage_customer')} and ${en('stage_advocate')}: 17% go on.`,
    );
  });
});

describe('choices', () => {
  it('the period selector is one radio group with the four periods', async () => {
    const onChange = vi.fn();
    await show(<PeriodSelector value="12w" onChange={onChange} />);
    const radios = [...document.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.map((radio) => radio.value)).toEqual(['4w', '12w', 'quarter', 'all']);
    expect(new Set(radios.map((radio) => radio.name)).size).toBe(1);
    expect(radios.map((radio) => radio.checked)).toEqual([false, true, false, false]);
    expect(texts('.segmented label')).toEqual(['4 weeks', '12 weeks', 'This quarter', 'All time']);
    expect(document.querySelector('legend')!.textContent).toBe('Period');
    await act(() => void radios[2]!.click());
    expect(onChange).toHaveBeenCalledWith('quarter');
  });

  it('the ranking options choose what is compared and the order, with the share minimum written', async () => {
    const onDimension = vi.fn();
    const onOrder = vi.fn();
    await show(<RankingOptions dimension="content" onDimension={onDimension} order="replies" onOrder={onOrder} minShares={3} />);
    expect(texts('[data-testid="rank-order"] label')).toEqual([
      'Most replies',
      'Most interested answers',
      'Best reply rate (at least 3 shares)',
    ]);
    await act(() => void document.querySelector<HTMLInputElement>('[data-testid="rank-dimension"] input[value="stage"]')!.click());
    await act(() => void document.querySelector<HTMLInputElement>('[data-testid="rank-order"] input[value="rate"]')!.click());
    expect(onDimension).toHaveBeenCalledWith('stage');
    expect(onOrder).toHaveBeenCalledWith('rate');
    await act(() => void document.querySelector<HTMLInputElement>('[data-testid="rank-order"] input[value="interested"]')!.click());
    expect(onOrder).toHaveBeenCalledWith('interested');
  });
});

describe('InsightsEmpty', () => {
  it('says what the view will show and how to get there, with links to the library and the guide', async () => {
    await show(<InsightsEmpty state="empty" />);
    expect(document.querySelector('[data-testid="insights-empty"] h2')!.textContent).toBe('Nothing to show yet');
    expect(document.body.textContent).toContain("from LinkedIn's message box");
    expect([...document.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['#library', '#welcome']);
    await show(<InsightsEmpty state="early" />);
    expect(document.querySelector('[data-testid="insights-early"] h2')!.textContent).toBe('Your first week of figures');
  });
});

describe('in French', () => {
  it('every chart and choice reads French, numbers and dates included', async () => {
    fake.lang = 'fr';
    // t() keeps each plain message once read: fresh modules, so none of the English above stays.
    vi.resetModules();
    const { TrendChart } = await import('../../src/dashboard/charts/TrendChart');
    const { RankingChart } = await import('../../src/dashboard/charts/RankingChart');
    const { FunnelChart } = await import('../../src/dashboard/charts/FunnelChart');
    const { PeriodSelector } = await import('../../src/dashboard/charts/PeriodSelector');
    const { RankingOptions } = await import('../../src/dashboard/charts/RankingOptions');
    const { InsightsEmpty } = await import('../../src/dashboard/charts/InsightsEmpty');
    const english = englishOnlyWords();
    await show(
      <div>
        <PeriodSelector value="quarter" onChange={() => {}} />
        <TrendChart points={points} period="quarter" />
        <RankingOptions dimension="persona" onDimension={() => {}} order="rate" onOrder={() => {}} minShares={3} />
        <RankingChart title="Contenus" rows={ranked.map((row) => ({ ...row, label: 'Étude de cas' }))} />
        <RankingChart title="Contenus" rows={ranked.map((row) => ({ ...row, label: 'Étude de cas' }))} order="interested" />
        <RankingChart title="Contenus" rows={[]} />
        <FunnelChart rows={funnelRows} />
        <InsightsEmpty state="empty" />
        <InsightsEmpty state="early" />
      </div>,
    );
    expect(texts('.week-label')).toEqual(['22 déc.', '29 déc.', '5 janv.', '12 janv.']);
    expect(texts('text.value.shares')[0]).toBe('1\u202f200');
    const left = words(readableText(document.body)).filter((word) => english.has(word));
    expect([...new Set(left)]).toEqual([]);
  });
});
