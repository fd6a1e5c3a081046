// Shares and replies per week: two bars a week with their values written above them, the reply
// rate as a line on a second axis (0-100 %) and written under each week's date, the current
// week shaded. Hand-written SVG, like every Insights chart: no library to ship, nothing the
// extension's CSP (script-src 'self') could refuse, and every label and value is a <text> in the
// DOM, which a screen reader's table, the e2e test and a dark theme all read or restyle.
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Period } from '../../domain/insights/periods';
import { t } from '../../i18n/i18n';
import { niceTicks, barLength, scale } from './axis';
import { trendName } from './chart-names';
import type { WeekPoint } from './trend-model';
import { uiWords } from './words';
import './charts.css';

export interface TrendChartProps {
  /** From weekSeries: every week of the period, zero-filled, in order. */
  points: readonly WeekPoint[];
  period: Period;
  /** The chart's title; "Shares and replies per week" by default. */
  title?: string;
}

// Sizes in viewBox units (CSS pixels at full width).
const MIN_WIDTH = 640;
const SLOT_MIN = 52;
const LEFT = 44;
const RIGHT = 48;
const TOP = 22;
const PLOT = 160;
const HEIGHT = TOP + PLOT + 44;
const BAR_MAX = 22;

/** The reply rate line, broken where a week has no shares (no rate to draw). */
function rateSegments(points: readonly { x: number; y: number | null }[]): string[] {
  const segments: string[] = [];
  let current: string[] = [];
  for (const point of points) {
    if (point.y === null) {
      if (current.length > 1) segments.push(current.join(' '));
      current = [];
    } else current.push(`${point.x.toFixed(1)},${point.y.toFixed(1)}`);
  }
  if (current.length > 1) segments.push(current.join(' '));
  return segments;
}

export function TrendChart({ points, period, title = t('insightWeeks') }: TrendChartProps) {
  const w = uiWords;
  const slot = Math.max(SLOT_MIN, (MIN_WIDTH - LEFT - RIGHT) / Math.max(1, points.length));
  const width = Math.round(LEFT + RIGHT + slot * points.length);
  const wide = width > MIN_WIDTH;
  const ticks = niceTicks(Math.max(0, ...points.map((p) => Math.max(p.shares, p.replies))));
  const top = ticks[ticks.length - 1]!;
  // Replies are counted in the week they came, shares in theirs: a week can pass 100 %.
  const rateTicks = niceTicks(Math.max(1, ...points.map((p) => p.rate ?? 0)), 2, false);
  const rateTop = rateTicks[rateTicks.length - 1]!;
  const bar = Math.min(BAR_MAX, (slot - 14) / 2);
  const base = TOP + PLOT;
  const centre = (i: number) => LEFT + slot * i + slot / 2;
  const yOf = (value: number) => base - scale(value, top, PLOT);
  const rateY = (rate: number | null) => (rate === null ? null : base - scale(rate, rateTop, PLOT));
  const line = rateSegments(points.map((p, i) => ({ x: centre(i), y: rateY(p.rate) })));
  // A long period opens on its latest weeks, the ones a salesperson looks at first.
  const scroller = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (wide && scroller.current) scroller.current.scrollLeft = scroller.current.scrollWidth;
  }, [wide, width]);

  return (
    <figure class="chart trend-chart" data-testid="trend-chart">
      <figcaption class="chart-title">{title}</figcaption>
      <ul class="chart-legend">
        <li>
          <span class="swatch shares" aria-hidden="true" />
          {t('insightShares')}
        </li>
        <li>
          <span class="swatch replies" aria-hidden="true" />
          {t('insightReplies')}
        </li>
        <li>
          <span class="swatch rate" aria-hidden="true" />
          {t('insightRate')}
        </li>
        <li>
          <span class="swatch current" aria-hidden="true" />
          {t('chartThisWeek')}
        </li>
      </ul>
      {/* A long period scrolls sideways rather than shrinking its labels out of reading size. */}
      <div
        ref={scroller}
        class={wide ? 'chart-scroll wide' : 'chart-scroll'}
        tabIndex={wide ? 0 : undefined}
        role={wide ? 'group' : undefined}
        aria-label={wide ? title : undefined}
      >
        <svg
          class="chart-svg"
          role="img"
          aria-label={trendName(points, period, w)}
          viewBox={`0 0 ${width} ${HEIGHT}`}
          width={width}
          height={HEIGHT}
        >
          {ticks.map((tick) => (
            <g key={`y${tick}`} class="tick">
              <line class="grid" x1={LEFT} x2={width - RIGHT} y1={yOf(tick)} y2={yOf(tick)} />
              <text class="axis-label" x={LEFT - 6} y={yOf(tick) + 4} text-anchor="end">
                {w.count(tick)}
              </text>
            </g>
          ))}
          {rateTicks.map((tick) => (
            <text key={`r${tick}`} class="axis-label rate-axis" x={width - RIGHT + 6} y={(rateY(tick) ?? base) + 4} text-anchor="start">
              {w.percent(tick)}
            </text>
          ))}
          {points.map((p, i) => {
            const x = centre(i);
            const shares = barLength(p.shares, top, PLOT);
            const replies = barLength(p.replies, top, PLOT);
            const figures = [
              t('labelValue', [t('insightShares'), w.count(p.shares)]),
              t('labelValue', [t('insightReplies'), w.count(p.replies)]),
              t('labelValue', [t('insightRate'), w.percent(p.rate)]),
            ];
            return (
              <g key={p.week} class={p.current ? 'week current' : 'week'} data-week={p.week}>
                <title>{`${t('insightWeek')} ${w.day(p.week)} — ${figures.join(', ')}`}</title>
                {p.current && <rect class="current-band" x={x - slot / 2 + 2} y={TOP - 18} width={slot - 4} height={PLOT + 18} rx="4" />}
                <rect class="bar shares" x={x - bar - 1} y={base - shares} width={bar} height={shares} />
                <rect class="bar replies" x={x + 1} y={base - replies} width={bar} height={replies} />
              </g>
            );
          })}
          <line class="baseline" x1={LEFT} x2={width - RIGHT} y1={base} y2={base} />
          {line.map((segment) => (
            <polyline key={segment} class="rate-line" points={segment} />
          ))}
          {points.map((p, i) => {
            const y = rateY(p.rate);
            return y === null ? null : <circle key={`d${p.week}`} class="rate-dot" cx={centre(i)} cy={y} r="3.5" />;
          })}
          {/* The words last, over the line, each with a halo of the page's colour to stay legible. */}
          {points.map((p, i) => {
            const x = centre(i);
            return (
              <g key={`t${p.week}`} class={p.current ? 'week-text current' : 'week-text'} data-week={p.week}>
                <text class="value shares" x={x - bar / 2 - 1} y={base - barLength(p.shares, top, PLOT) - 4} text-anchor="middle">
                  {w.count(p.shares)}
                </text>
                <text class="value replies" x={x + bar / 2 + 1} y={base - barLength(p.replies, top, PLOT) - 4} text-anchor="middle">
                  {w.count(p.replies)}
                </text>
                <text class="week-label" x={x} y={base + 16} text-anchor="middle">
                  {w.shortDay(p.week)}
                </text>
                <text class="rate-label" x={x} y={base + 32} text-anchor="middle">
                  {w.percent(p.rate)}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
    </figure>
  );
}
