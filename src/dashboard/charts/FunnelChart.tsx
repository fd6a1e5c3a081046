// The funnel: one centred bar per stage in journey order, as wide as the prospects who reached
// it, the passage rate to the next stage written between bars, the median days in each stage in
// a column. The lowest passage is drawn and named "where they get stuck", in words and not only
// in colour, so it is the first thing one sees. Hand-written SVG (see TrendChart.tsx for why).
import { t } from '../../i18n/i18n';
import { funnelLayout, type FunnelCounts } from './funnel-model';
import { funnelName, stageName } from './chart-names';
import { uiWords } from './words';
import './charts.css';

export interface FunnelChartProps {
  /** One row per stage, any order (the data layer's funnel rows fit). */
  rows: readonly FunnelCounts[];
  /** "Funnel" by default. */
  title?: string;
}

// Sizes in viewBox units (CSS pixels at full width).
const WIDTH = 640;
const LABEL_END = 142;
const CENTRE = 316;
const BAR_MAX = 300;
/** The median days column is right-aligned on this line: its header is long in French. */
const DAYS_END = WIDTH - 6;
const HEAD = 30;
const BAR = 28;
const GAP = 26;
/** A bar narrower than this shows its count beside it rather than inside. */
const TEXT_INSIDE = 44;

export function FunnelChart({ rows, title = t('insightFunnel') }: FunnelChartProps) {
  const w = uiWords;
  const layout = funnelLayout(rows);
  const height = HEAD + layout.steps.length * (BAR + GAP) - GAP + 6;
  const top = (i: number) => HEAD + i * (BAR + GAP);
  return (
    <figure class="chart funnel-chart" data-testid="funnel-chart">
      <figcaption class="chart-title">{title}</figcaption>
      <div class="chart-scroll">
        <svg
          class="chart-svg"
          role="img"
          aria-label={funnelName(layout, w)}
          viewBox={`0 0 ${WIDTH} ${height}`}
          width={WIDTH}
          height={height}
        >
          <text class="axis-label" x={LABEL_END} y={14} text-anchor="end">
            {t('filterStage')}
          </text>
          <text class="axis-label" x={CENTRE} y={14} text-anchor="middle">
            {t('insightReached')}
          </text>
          <text class="axis-label" x={DAYS_END} y={14} text-anchor="end">
            {t('insightDaysInStage')}
          </text>
          {layout.steps.map((step, i) => {
            const width = step.reached > 0 ? Math.max(3, step.width * BAR_MAX) : 0;
            const y = top(i);
            const inside = width >= TEXT_INSIDE;
            return (
              <g key={step.stage} class={step.stuck ? 'stage stuck' : 'stage'} data-stage={step.stage}>
                <text class="stage-label" x={LABEL_END} y={y + BAR / 2 + 4} text-anchor="end">
                  {stageName(step.stage, w)}
                </text>
                {width > 0 && <rect class="bar funnel" x={CENTRE - width / 2} y={y} width={width} height={BAR} rx="4" />}
                <text
                  class={inside ? 'value reached inside' : 'value reached'}
                  x={inside ? CENTRE : CENTRE + width / 2 + 6}
                  y={y + BAR / 2 + 4}
                  text-anchor={inside ? 'middle' : 'start'}
                >
                  {w.count(step.reached)}
                </text>
                <text class="value days" x={DAYS_END} y={y + BAR / 2 + 4} text-anchor="end">
                  {w.decimal(step.medianDays)}
                </text>
                {i + 1 < layout.steps.length && (
                  <text class={step.stuck ? 'passage stuck' : 'passage'} x={CENTRE} y={y + BAR + GAP / 2 + 4} text-anchor="middle">
                    {`↓ ${w.percent(step.passage)}`}
                    {step.stuck && <tspan class="stuck-note">{` — ${t('chartFunnelStuck')}`}</tspan>}
                  </text>
                )}
              </g>
            );
          })}
        </svg>
      </div>
    </figure>
  );
}
