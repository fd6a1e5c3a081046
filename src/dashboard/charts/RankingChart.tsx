// Which content starts conversations: one row per item, its title, a bar of its shares with the
// replied part filled in (the rate is the filled share of the bar) and, inside it, the part
// answered "interested", and the figures written out. HTML rather than SVG here: titles run to 300 characters and HTML wraps them, where SVG
// text would need measuring. The bar widths are inline style attributes, set through the DOM by
// preact: the extension's CSP restricts scripts only (no style-src), and CSSOM writes are never
// blocked anyway. Ranked by clicks, the figures lead with the clicks (the bars stay the log's:
// clicks are everyone's visits, not a part of the shares).
import { t } from '../../i18n/i18n';
import { rankingName, type ChartWords } from './chart-names';
import { isClickOrder, type RankedRow, type RankOrder } from './ranking-model';
import { uiWords } from './words';
import './charts.css';

export interface RankingChartProps {
  title: string;
  /** From rankRows: already chosen and ordered. */
  rows: readonly RankedRow[];
  /** What ordered them: ranked by interested answers, the figures lead with those. */
  order?: RankOrder;
}

/** "Reply rate per content, 4 rows. First: Case study — clicks 14, shares 9, clicks per share 1.6." */
function clicksName(title: string, rows: readonly RankedRow[], w: ChartWords): string {
  const first = rows[0];
  if (!first) return rankingName(title, rows, w);
  const counted = w.counted(rows.length, { one: 'chartRows_one', other: 'chartRows_other' });
  return w.t('chartRankingClicksName', [
    title,
    counted,
    first.label,
    w.count(first.clicks ?? 0),
    w.count(first.shares),
    w.decimal(first.clicksPerShare ?? null),
  ]);
}

const percentOf = (value: number, max: number) => (max > 0 ? `${Math.max(value > 0 ? 1 : 0, (value / max) * 100).toFixed(1)}%` : '0%');

export function RankingChart({ title, rows, order = 'replies' }: RankingChartProps) {
  const interested = order === 'interested';
  const clicked = isClickOrder(order);
  const w = uiWords;
  const name = clicked ? clicksName(title, rows, w) : rankingName(title, rows, w, order);
  const most = Math.max(0, ...rows.map((row) => Math.max(row.shares, row.replied)));
  return (
    <figure class="chart ranking-chart" data-testid="ranking-chart">
      <figcaption class="chart-title">{title}</figcaption>
      <ul class="chart-legend">
        <li>
          <span class="swatch shares" aria-hidden="true" />
          {t('insightShares')}
        </li>
        <li>
          <span class="swatch replies" aria-hidden="true" />
          {t('insightReplied')}
        </li>
        <li>
          <span class="swatch interested" aria-hidden="true" />
          {t('insightAnswer_interested')}
        </li>
        <li class="muted">
          {clicked ? t('chartRankingFiguresClicks') : interested ? t('chartRankingFiguresInterested') : t('chartRankingFigures')}
        </li>
      </ul>
      {rows.length === 0 ? (
        <p class="muted" role="img" aria-label={name}>
          {t('chartNothingYet')}
        </p>
      ) : (
        <div role="img" aria-label={name}>
          <ol class="ranking">
            {rows.map((row) => (
              <li key={row.key} data-key={row.key}>
                <span class="rank-label">{row.label}</span>
                <span class="rank-track" aria-hidden="true">
                  <span class="rank-bar shares" style={{ width: percentOf(row.shares, most) }} />
                  <span class="rank-bar replies" style={{ width: percentOf(row.replied, most) }} />
                  <span class="rank-bar interested" style={{ width: percentOf(row.answers.interested, most) }} />
                </span>
                {clicked ? (
                  <span class="rank-figures">
                    <span class="clicks">{w.count(row.clicks ?? 0)}</span> · <span class="shares">{w.count(row.shares)}</span> ·{' '}
                    <span class="clicks-per-share">{w.decimal(row.clicksPerShare ?? null)}</span>
                  </span>
                ) : interested ? (
                  <span class="rank-figures">
                    <span class="interested">{w.count(row.answers.interested)}</span> · <span class="replied">{w.count(row.replied)}</span>{' '}
                    · <span class="shares">{w.count(row.shares)}</span> ·{' '}
                    <span class="interested-rate">{w.percent(row.interestedRate)}</span>
                  </span>
                ) : (
                  <span class="rank-figures">
                    <span class="replied">{w.count(row.replied)}</span> · <span class="shares">{w.count(row.shares)}</span> ·{' '}
                    <span class="rate">{w.percent(row.rate)}</span>
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
