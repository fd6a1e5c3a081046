// Sharing an item: the picker's context, the text and tagged link, the log of drafts and sends.
export { createSharing, DRAFT_CONFIRM_MS, pickCaption, saturation, shareText, taggedLinkKey, type Sharing, type SharingDeps } from './service';
