// Insights: this rep's figures for a period (insights/OwnInsights.tsx: a trend, a ranking and a
// funnel, each chart with its table and CSV), then the team's (TeamStats.tsx). The charts are
// hand-written SVG and HTML (charts/): no library to ship, nothing the extension's CSP refuses.
import type { Period } from '../domain/insights/periods';
import { OwnInsights } from './insights/OwnInsights';
import { TeamStats } from './TeamStats';

export interface InsightsViewProps {
  /** The period in the address (#insights?period=all): every chart and table covers it. */
  period: Period;
  onPeriod: (period: Period) => void;
}

/** This rep's insights, then the team's: the team view stands on its own, so a refetch or an error of the first never drops the files a manager loaded. */
export function InsightsView({ period, onPeriod }: InsightsViewProps) {
  return (
    <div class="insights-page">
      <OwnInsights period={period} onPeriod={onPeriod} />
      <TeamStats />
    </div>
  );
}
