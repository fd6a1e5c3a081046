// Display names of the library's vocabularies and of the log's, and errors, through i18n: the
// background answers codes, the pages translate them here.
import type { ErrorCode } from '../contract/answer';
import type { ContentFormat, InteractionKind, SourceKind, Stage } from '../domain/model';
import { t, type MessageKey } from '../i18n/i18n';
import { RequestError } from '../contract/request-error';
import { count } from './format';
import { FORMAT_KEYS, STAGE_KEYS } from '../i18n/label-keys';

const KIND_KEYS: Record<InteractionKind, MessageKey> = {
  shared: 'kind_shared',
  posted: 'kind_posted',
  replied: 'kind_replied',
  stage: 'kind_stage',
  note: 'kind_note',
  call: 'kind_call',
  meeting: 'kind_meeting',
  email: 'kind_email',
};

const SOURCE_KIND_KEYS: Record<SourceKind, MessageKey> = {
  rss: 'sourceKind_rss',
  atom: 'sourceKind_atom',
  'json-feed': 'sourceKind_json_feed',
  json: 'sourceKind_json',
  csv: 'sourceKind_csv',
  starter: 'sourceKind_starter',
};

/** One sentence per code the background answers: its English `message` is for the console. */
const ERROR_KEYS: Record<ErrorCode, MessageKey> = {
  'unknown-request': 'error_unknown_request',
  unauthorised: 'error_unauthorised',
  malformed: 'error_malformed',
  failed: 'error_failed',
  'no-answer': 'error_no_answer',
  'storage-full': 'storageFull',
};

export const stageLabel = (stage: Stage) => t(STAGE_KEYS[stage]);
export const formatLabel = (format: ContentFormat) => t(FORMAT_KEYS[format]);
export const kindLabel = (kind: InteractionKind) => t(KIND_KEYS[kind]);
export const sourceKindLabel = (kind: SourceKind) => t(SOURCE_KIND_KEYS[kind]);
export const statusLabel = (status: 'draft' | 'sent') => t(status === 'sent' ? 'statusSent' : 'statusDraft');
/** A share's status on its own, as a chip ("Draft"): statusLabel is the word inside a sentence. */
export const statusChipLabel = (status: 'draft' | 'sent') => t(status === 'sent' ? 'chipSent' : 'chipDraft');

/** "8 of 120", or "8 most recent" when the background did not count them all. */
export const countText = (shown: number, total: number | null) =>
  total === null ? t('recentCount', count(shown)) : t('resultCount', [count(shown), count(total)]);

/**
 * What the user reads of a failed request: the sentence for the background's code, in their
 * language. An error thrown in the page itself already carries a translated message.
 */
export function errorText(error: unknown): string {
  if (error instanceof RequestError) {
    return t(ERROR_KEYS[error.code]);
  }
  return error instanceof Error ? error.message : t('error_failed');
}
