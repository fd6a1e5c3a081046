// Sharing an item: the picker's context, the text and tagged link, the log of drafts and sends.
export { createSharing, DRAFT_CONFIRM_MS, saturation, taggedLinkKey, type Sharing, type SharingDeps } from './service';
export { composeShare, pickCaption, templateValues, type TemplatePerson } from './compose';
