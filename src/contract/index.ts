// The contract between the background and everything that talks to it, gathered in one import.
// Each concern lives in its own module: settings (settings.ts), records and their vocabularies
// (model.ts, fields.ts), page health (page-health.ts), stores (stores.ts), answers and error
// codes (answer.ts), and the requests, one file per domain (requests/).
export { DATA_STORES, STORE_NAMES, type StoreName } from './stores';
export { DEFAULT_SETTINGS, LINK_CHANNELS, SettingsSchema, type LinkChannel, type Settings } from '../domain/settings';
export {
  FEATURE_STATES,
  PAGE_KINDS,
  READER_PARTS,
  type FeatureState,
  type PageHealth,
  type PageKind,
  type ReaderPart,
} from './page-health';
export { ERROR_CODES, isAnswer, type Answer, type ErrorCode } from './answer';
export { SENDER_KINDS, type AnswerOf, type RequestSpec, type SenderKind } from './requests/spec';
export { REQUESTS, isRequestType, type Answers, type Payload, type PayloadIn, type Request, type RequestType } from './requests';
export { ItemPatchSchema, SearchSchema, type ImportReport, type ItemPatch, type LibraryHit } from './requests/library';
export { type ShareContext, type ShareText } from './requests/sharing';
export { LogFilterSchema, MANUAL_KINDS, type ActivityEntry, type LogCursor, type LogEntry, type LogFilter } from './requests/activity';
export { ProspectPatchSchema, ProspectQuerySchema, TODAY_LIST_LENGTH, type ProspectPatch, type ProspectQuery } from './requests/prospects';
