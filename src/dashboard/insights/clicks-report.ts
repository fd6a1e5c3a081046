// What an import of clicks did, in the user's words: the export, its days and the clicks counted
// on Nurture links, then what it replaced and what it left out. Pure: the words and formats come
// in (clicks-words.ts gives the real ones), so a test reads the sentences.
import type { AnalyticsVendor } from '../../domain/analytics/read';
import type { ClickImportReport } from '../../contract/requests/clicks';
import type { ChartWords } from '../charts/chart-names';

/** The vendors' own names: the same in every language. */
export const VENDOR_NAMES: Record<AnalyticsVendor, string> = {
  ga4: 'Google Analytics 4',
  matomo: 'Matomo',
  plausible: 'Plausible',
  hubspot: 'HubSpot',
};

export interface ClickWords extends ChartWords {
  /** Two local days, both included, as one span: "Nov 1 – 30, 2026" / "1–30 nov. 2026". */
  range: (from: string, to: string) => string;
}

/** An import's key ("2026-11-01..2026-11-30", ClickImportSummary.period) as its days; a key of another shape stays as it is. */
export function periodText(key: string, w: ClickWords): string {
  const [from, to, ...rest] = key.split('..');
  return from && to && rest.length === 0 ? w.range(from, to) : key;
}

/** The report's sentences, in the order they are read; counts of nothing are not said. */
export function importReportLines(report: ClickImportReport, w: ClickWords): string[] {
  const lines = [
    w.t('clicksImported', [
      VENDOR_NAMES[report.vendor],
      w.range(report.from, report.to),
      w.counted(report.clicks, { one: 'clicksOnLinks_one', other: 'clicksOnLinks_other' }),
      w.counted(report.matchedRows, { one: 'chartRows_one', other: 'chartRows_other' }),
    ]),
  ];
  if (report.matchedRows === 0) lines.push(w.t('clicksNoneMatched'));
  if (report.otherRows > 0) lines.push(w.counted(report.otherRows, { one: 'clicksOtherRows_one', other: 'clicksOtherRows_other' }));
  if (report.replaced.length > 0) lines.push(w.t('clicksReplaced', report.replaced.map((key) => periodText(key, w)).join(', ')));
  if (report.skipped > 0) lines.push(w.counted(report.skipped, { one: 'clicksSkipped_one', other: 'clicksSkipped_other' }));
  if (report.sharedSlugRows > 0)
    lines.push(w.counted(report.sharedSlugRows, { one: 'clicksSharedSlug_one', other: 'clicksSharedSlug_other' }));
  return lines;
}
