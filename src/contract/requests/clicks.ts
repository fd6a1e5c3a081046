// Clicks from the company's web analytics (docs/analytics-imports.md): an export imported in
// Insights, joined to the library by utm_content, kept per period and item; the figures of a
// period; the items a tracked person opened (per-person clicks, off by default).
import * as v from 'valibot';
import type { ClickImport } from '../../domain/analytics/clicks';
import { ProfileId, upTo } from '../../domain/fields';
import { PERIODS, type Period } from '../../domain/insights/periods';
import { answer } from './spec';

const Day = v.pipe(v.string(), v.isoDate());

/** An import as the dashboard lists it: its record without the counts, with their sum. */
export interface ClickImportSummary extends Omit<ClickImport, 'counts'> {
  /** Sessions on Nurture links in the import. */
  clicks: number;
}

export interface ClickImportReport extends ClickImportSummary {
  /** The periods of the earlier imports this one replaced (they overlapped its days). */
  replaced: string[];
}

/** Clicks of a period: the weeks and items as in insights.compute (the same period, the same weeks). */
export interface ClickFiguresAnswer {
  period: Period;
  /** Mondays of the first and last week; for 'all', the span of the imports (or this week). */
  from: string;
  to: string;
  /** [item id, clicks], most first; pairs, since ids are data. */
  byContent: [id: string, clicks: number][];
  titles: [id: string, title: string][];
  /** [Monday, clicks], oldest first: the counts that belong to one week. */
  byWeek: [week: string, clicks: number][];
  /** Clicks of the period that belong to no single week (an undated export of several weeks). */
  notByWeek: number;
  /** Imports counted in the period, and those left out (less than half of their days in it). */
  counted: number;
  leftOut: number;
  /** Every import stored, newest period first. */
  imports: ClickImportSummary[];
}

/** An item a tracked person's link was opened for (their share's own token). */
export interface OpenedItem {
  contentId: string;
  title: string | null;
  sharedAt: number;
  clicks: number;
}

export const CLICKS_REQUESTS = {
  // The dashboard reads the file (its bytes decoded there) and sends the text; the background
  // reads it again, joins it to the library and the log's tokens, and replaces the overlapped imports.
  /** `from`..`to`: the days the export covers, when it does not say (asked of the user); the file's own dates win. */
  'clicks.import': {
    payload: v.strictObject({ text: upTo(40_000_000), from: v.optional(Day), to: v.optional(Day) }),
    senders: ['extension-page'],
    reads: [],
    writes: ['clicks'],
    answer: answer<ClickImportReport>(),
  },
  'clicks.delete': {
    payload: v.strictObject({ period: upTo(30) }),
    senders: ['extension-page'],
    reads: [],
    writes: ['clicks'],
    answer: answer<{ deleted: boolean }>(),
  },
  'clicks.figures': {
    payload: v.strictObject({ period: v.optional(v.picklist(PERIODS), 'all') }),
    senders: ['extension-page'],
    // Titles come from the library.
    reads: ['clicks', 'content'],
    writes: [],
    answer: answer<ClickFiguresAnswer>(),
  },
  // Personal: only for the extension's own pages, as the prospect's record is. The items they
  // opened are found by their shares' tokens (the log), named by the library.
  'clicks.ofProspect': {
    payload: v.strictObject({ prospectId: ProfileId }),
    senders: ['extension-page'],
    reads: ['clicks', 'interactions', 'content'],
    writes: [],
    answer: answer<{ opened: OpenedItem[] }>(),
  },
} as const;
