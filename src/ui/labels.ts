// Display names of the library's vocabularies, through i18n.
import type { ContentFormat, Stage } from '../shared/model';
import { t, type MessageKey } from '../shared/i18n';

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

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
