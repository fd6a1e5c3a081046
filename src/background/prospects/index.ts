// Prospects: who the salesperson follows, where each stands, and the replies they sent.
export { createProspects, type NewProspect, type Prospects, type ProspectsDeps } from './service';
export { findProspect, findProspectByName } from './lookup';
export { matchesQuery, replyAllowed, REPLY_WINDOW_MS, type IncomingReply } from './rules';
