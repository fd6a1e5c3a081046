// The period in four figures, read before any chart: shares, replies, reply rate, and the
// median time a reply took.
import { t } from '../../i18n/i18n';
import { trendTotals, type WeekPoint } from '../charts/trend-model';
import { uiWords } from '../charts/words';

export function KeyFigures({ points, medianHours }: { points: readonly WeekPoint[]; medianHours: number | null }) {
  const w = uiWords;
  const totals = trendTotals(points);
  return (
    <dl class="key-figures" data-testid="key-figures">
      <div>
        <dt>{t('insightShares')}</dt>
        <dd data-figure="shares">{w.count(totals.shares)}</dd>
      </div>
      <div>
        <dt>{t('insightReplies')}</dt>
        <dd data-figure="replies">{w.count(totals.replies)}</dd>
      </div>
      <div>
        <dt>{t('insightRate')}</dt>
        <dd data-figure="rate">{w.percent(totals.rate)}</dd>
      </div>
      <div>
        <dt>{t('insightMedianReplyShort')}</dt>
        <dd data-testid="median-reply">{medianHours === null ? '—' : t('hoursShort', w.decimal(medianHours))}</dd>
      </div>
    </dl>
  );
}
