// The messages between the side panel (an extension page) and the content script of the
// LinkedIn tab it follows. They go through tabs.sendMessage, not to the background, so they are
// not in contract.ts. The content script answers only our own extension pages (the sender
// check of structure-listener.ts); the panel hears a visit only from our content script in the
// tab it follows. Plain guards, no schema library: the content script stays small.
import type { PageKind } from './page-health';

/** Who the page shows, as read from it: the panel lets the user see who they are about to track. */
export interface PagePerson {
  /** Where the person was read: their profile, a Sales Navigator lead, or an open conversation. */
  source: 'profile' | 'sales-lead' | 'conversation';
  /** The profile path ("/in/ada-sample/"), null when a conversation names them without a link. */
  profilePath: string | null;
  name: string;
  headline: string;
  /** The current company, never a school (see profiles.ts); '' when the page shows none. */
  company: string;
  location: string;
  memberId: string | null;
  salesLeadId: string | null;
}

/** The composer the user last focused in the tab: where the panel's Insert goes. */
export interface FocusedComposer {
  kind: 'message' | 'post' | 'comment';
  inmail: boolean;
}

/** The panel asks what the tab shows. */
export interface PanelPageRequest {
  type: 'panel.page';
}
export interface PanelPageAnswer {
  page: PageKind;
  person: PagePerson | null;
  composer: FocusedComposer | null;
}

/**
 * The panel inserts a prepared share (share.prepare, asked by the panel) into the composer the
 * user last focused in the tab. The content script inserts it as typed text (Send wakes as
 * today) and logs the share itself, as the in-page button does.
 */
export interface PanelInsertRequest {
  type: 'panel.insert';
  text: string;
  contentId: string;
  link: string;
  captionIndex: number | null;
}
export type PanelInsertAnswer =
  { inserted: true; channel: 'message' | 'inmail' | 'post' | 'comment' } | { inserted: false; reason: 'no-composer' | 'refused' };

/** The picker's keyboard command (commands API, so the page never sees the keystroke). */
export interface PickerOpenRequest {
  type: 'picker.open';
}

export type TabRequest = PanelPageRequest | PanelInsertRequest | PickerOpenRequest;

/** The content script's word that the tab now shows another page or person: the panel asks again. */
export const PAGE_VISIT = 'page.visit';

const TEXT_MAX = 20_000;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const hasOnlyKeys = (value: Record<string, unknown>, keys: readonly string[]) => Object.keys(value).every((key) => keys.includes(key));

export function isTabRequest(message: unknown): message is TabRequest {
  if (!isRecord(message)) return false;
  switch (message['type']) {
    case 'panel.page':
    case 'picker.open':
      return hasOnlyKeys(message, ['type']);
    case 'panel.insert': {
      const { text, contentId, link, captionIndex } = message;
      return (
        hasOnlyKeys(message, ['type', 'text', 'contentId', 'link', 'captionIndex']) &&
        typeof text === 'string' &&
        text.length > 0 &&
        text.length <= TEXT_MAX &&
        typeof contentId === 'string' &&
        contentId.length > 0 &&
        contentId.length <= 200 &&
        typeof link === 'string' &&
        link.length <= 2000 &&
        (captionIndex === null || (typeof captionIndex === 'number' && Number.isInteger(captionIndex) && captionIndex >= 0))
      );
    }
    default:
      return false;
  }
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.length <= 2000;

export function isPagePerson(value: unknown): value is PagePerson {
  if (!isRecord(value)) return false;
  const { source, profilePath, name, headline, company, location, memberId, salesLeadId } = value;
  return (
    (source === 'profile' || source === 'sales-lead' || source === 'conversation') &&
    (profilePath === null || isText(profilePath)) &&
    isText(name) &&
    name !== '' &&
    isText(headline) &&
    isText(company) &&
    isText(location) &&
    (memberId === null || isText(memberId)) &&
    (salesLeadId === null || isText(salesLeadId))
  );
}

export function isPanelPageAnswer(value: unknown): value is PanelPageAnswer {
  if (!isRecord(value) || typeof value['page'] !== 'string') return false;
  const { person, composer } = value;
  const composerOk =
    composer === null ||
    (isRecord(composer) && ['message', 'post', 'comment'].includes(composer['kind'] as string) && typeof composer['inmail'] === 'boolean');
  return (person === null || isPagePerson(person)) && composerOk;
}

export function isPanelInsertAnswer(value: unknown): value is PanelInsertAnswer {
  if (!isRecord(value)) return false;
  if (value['inserted'] === true) return ['message', 'inmail', 'post', 'comment'].includes(value['channel'] as string);
  return value['inserted'] === false && (value['reason'] === 'no-composer' || value['reason'] === 'refused');
}

/** The content script's notice of a visit, as the panel hears it (runtime.sendMessage). */
export function isPageVisit(message: unknown): boolean {
  return isRecord(message) && message['type'] === PAGE_VISIT;
}
