// The message keys of the library's vocabularies: the pages translate them through src/ui/labels.ts,
// the content script (which has its own getMessage, not the polyfill's) through its `t`.
import type { ContentFormat, Stage } from '../domain/model';
import type { MessageKey } from './translate';

export const STAGE_KEYS: Record<Stage, MessageKey> = {
  awareness: 'stage_awareness',
  consideration: 'stage_consideration',
  evaluation: 'stage_evaluation',
  purchase: 'stage_purchase',
  customer: 'stage_customer',
  advocate: 'stage_advocate',
};

export const FORMAT_KEYS: Record<ContentFormat, MessageKey> = {
  article: 'format_article',
  'white-paper': 'format_white_paper',
  'case-study': 'format_case_study',
  webinar: 'format_webinar',
  video: 'format_video',
  infographic: 'format_infographic',
  'blog-post': 'format_blog_post',
  'third-party': 'format_third_party',
};
