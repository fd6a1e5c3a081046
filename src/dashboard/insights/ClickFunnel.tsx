// One item's period as a funnel, shared → clicked → replied: three bars, each as long as its own
// count (clicks are everyone's visits and a reply needs no click, so no bar is a share of the one
// before it). The item is chosen in a list, the most clicked first. HTML bars, as the ranking's
// (charts/RankingChart.tsx says why), each count written beside its bar.
import { useId, useState } from 'preact/hooks';
import { t } from '../../i18n/i18n';
import { clickFunnel, funnelItem, type ClickFunnelStep, type ClickRow } from './clicks-tables';
import { clickWords } from './clicks-words';
import '../charts/charts.css';

const NAME: Record<ClickFunnelStep, 'insightShares' | 'insightClicks' | 'insightReplied'> = {
  shares: 'insightShares',
  clicks: 'insightClicks',
  replied: 'insightReplied',
};
/** The bar colours of the other charts: shares and replies as everywhere, clicks their own. */
const BAR: Record<ClickFunnelStep, string> = { shares: 'shares', clicks: 'clicks', replied: 'replies' };

const widthOf = (width: number, value: number) => `${Math.max(value > 0 ? 1 : 0, width * 100).toFixed(1)}%`;

export function ClickFunnel({ rows }: { rows: readonly ClickRow[] }) {
  const [chosen, setChosen] = useState<string | null>(null);
  const select = useId();
  const row = funnelItem(rows, chosen);
  if (!row) return null;
  const w = clickWords;
  const title = t('clicksFunnelTitle');
  const bars = clickFunnel(row);
  const figures = bars.map((bar) => t('labelValue', [t(NAME[bar.step]), w.count(bar.value)])).join(', ');
  return (
    <figure class="chart click-funnel" data-testid="click-funnel" data-key={row.key}>
      <figcaption class="chart-title">{title}</figcaption>
      <div class="click-funnel-choice">
        <label for={select}>{t('insightContent')}</label>{' '}
        <select id={select} value={row.key} onChange={(event) => setChosen(event.currentTarget.value)}>
          {rows.map((each) => (
            <option key={each.key} value={each.key}>
              {each.label}
            </option>
          ))}
        </select>
      </div>
      <div role="img" aria-label={`${title} — ${row.label} — ${figures}`}>
        <ol class="ranking click-funnel-bars">
          {bars.map((bar) => (
            <li key={bar.step} data-step={bar.step}>
              <span class="rank-label">{t(NAME[bar.step])}</span>
              <span class="rank-track" aria-hidden="true">
                <span class={`rank-bar ${BAR[bar.step]}`} style={{ width: widthOf(bar.width, bar.value) }} />
              </span>
              <span class="rank-figures">{w.count(bar.value)}</span>
            </li>
          ))}
        </ol>
      </div>
    </figure>
  );
}
