// Display names of the library's vocabularies, through i18n.
import type { ContentFormat, Stage } from '../shared/model';
import { t, type MessageKey } from '../shared/i18n';
import { refusedForRoom } from '../shared/request-error';

const STAGE_KEYS: Record<Stage, MessageKey> = {
  awareness: 'stage_awareness',
  consideration: 'stage_consideration',
  evaluation: 'stage_evaluation',
  purchase: 'stage_purchase',
  customer: 'stage_customer',
  advocate: 'stage_advocate',
};

const FORMAT_KEYS: Record<ContentFormat, MessageKey> = {
  article: 'format_article',
  'white-paper': 'format_white_paper',
  'case-study': 'format_case_study',
  webinar: 'format_webinar',
  video: 'format_video',
  infographic: 'format_infographic',
  'blog-post': 'format_blog_post',
  'third-party': 'format_third_party',
};

export const stageLabel = (stage: Stage) => t(STAGE_KEYS[stage]);
export const formatLabel = (format: ContentFormat) => t(FORMAT_KEYS[format]);

/** "8 of 120", or "8 most recent" when the background did not count them all. */
export const countText = (shown: number, total: number | null) =>
  total === null ? t('recentCount', String(shown)) : t('resultCount', [String(shown), String(total)]);

/** What the user reads of a failed request: a full disk in their language, else the background's message. */
export function errorText(error: unknown): string {
  if (refusedForRoom(error)) return t('storageFull');
  return error instanceof Error ? error.message : String(error);
}
