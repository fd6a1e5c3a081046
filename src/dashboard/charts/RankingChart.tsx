// Which content starts conversations: one row per item, its title, a bar of its shares with the
// replied part filled in (the rate is the filled share of the bar) and, inside it, the part
// answered "interested", and the figures written out. HTML rather than SVG here: titles run to 300 characters and HTML wraps them, where SVG
// text would need measuring. The bar widths are inline style attributes, set through the DOM by
// preact: the extension's CSP restricts scripts only (no style-src), and CSSOM writes are never
// blocked anyway.
import { t } from '../../shared/i18n';
import { rankingName } from './chart-names';
import type { RankedRow, RankOrder } from './ranking-model';
import { uiWords } from './words';
import './charts.css';

export interface RankingChartProps {
  title: string;
  /** From rankRows: already chosen and ordered. */
  rows: readonly RankedRow[];
  /** What ordered them: ranked by interested answers, the figures lead with those. */
  order?: RankOrder;
}

const percentOf = (value: number, max: number) => (max > 0 ? `${Math.max(value > 0 ? 1 : 0, (value / max) * 100).toFixed(1)}%` : '0%');

export function RankingChart({ title, rows, order = 'replies' }: RankingChartProps) {
  const interested = order === 'interested';
  const w = uiWords;
  const most = Math.max(0, ...rows.map((row) => Math.max(row.shares, row.replied)));
  return (
    <figure class="chart ranking-chart" data-testid="ranking-chart">
      <figcaption class="chart-title">{title}</figcaption>
      <ul class="chart-legend">
        <li><span class="swatch shares" aria-hidden="true" />{t('insightShares')}</li>
        <li><span class="swatch replies" aria-hidden="true" />{t('insightReplied')}</li>
        <li><span class="swatch interested" aria-hidden="true" />{t('insightAnswer_interested')}</li>
        <li class="muted">{interested ? t('chartRankingFiguresInterested') : t('chartRankingFigures')}</li>
      </ul>
      {rows.length === 0 ? (
        <p class="muted" role="img" aria-label={rankingName(title, rows, w, order)}>{t('chartNothingYet')}</p>
      ) : (
        <div role="img" aria-label={rankingName(title, rows, w, order)}>
          <ol class="ranking">
            {rows.map((row) => (
              <li key={row.key} data-key={row.key}>
                <span class="rank-label">{row.label}</span>
                <span class="rank-track" aria-hidden="true">
                  <span class="rank-bar shares" style={{ width: percentOf(row.shares, most) }} />
                  <span class="rank-bar replies" style={{ width: percentOf(row.replied, most) }} />
                  <span class="rank-bar interested" style={{ width: percentOf(row.answers.interested, most) }} />
                </span>
                {interested ? (
                  <span class="rank-figures">
                    <span class="interested">{w.count(row.answers.interested)}</span> · <span class="replied">{w.count(row.replied)}</span> · <span class="shares">{w.count(row.shares)}</span> · <span class="interested-rate">{w.percent(row.interestedRate)}</span>
                  </span>
                ) : (
                  <span class="rank-figures">
                    <span class="replied">{w.count(row.replied)}</span> · <span class="shares">{w.count(row.shares)}</span> · <span class="rate">{w.percent(row.rate)}</span>
                  </span>
                )}
              </li>
            ))}
          </ol>
        </div>
      )}
    </figure>
  );
}
