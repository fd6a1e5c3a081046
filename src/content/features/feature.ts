// The shape of a content-script feature: one file each, started per page visit with a signal
// that aborts when the user navigates away or the extension goes away.
import type { FeatureState, PageKind, ReaderPart } from '../../contract/index';
import type { Translate } from '../../i18n/i18n';
import type { request } from '../../contract/client';
import type { PageSnapshot } from '../linkedin/snapshot';

export interface FeatureContext {
  document: Document;
  page: PageKind;
  /** Aborts on navigation and on teardown: a feature removes everything it added then. */
  signal: AbortSignal;
  t: Translate;
  request: typeof request;
  /** The user's choice to keep the first characters of replies (off by default). */
  keepReplyText: boolean;
}

/** A scan's outcome, with the parts of the page its readers looked for and missed. */
export interface FeatureReport {
  state: FeatureState;
  missing: readonly ReaderPart[];
}

export interface RunningFeature {
  /**
   * Called after each batch of DOM changes with the page as the scan read it (once, for every
   * feature): mounts where anchors appeared, idempotently.
   */
  scan(page: PageSnapshot): FeatureState | FeatureReport;
}

export interface Feature {
  name: string;
  /** Pages the feature runs on. */
  pages: readonly PageKind[];
  /** Whether it adds anything to LinkedIn's DOM: such features do not run in quiet mode. */
  addsToPage: boolean;
  start(ctx: FeatureContext): RunningFeature;
}
