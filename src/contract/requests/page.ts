// The content script's health on each LinkedIn tab, kept for the browser session (not in
// IndexedDB: nothing to announce).
import * as v from 'valibot';
import { FEATURE_STATES, PAGE_KINDS, READER_PARTS, type PageHealth } from '../page-health';
import { answer } from './spec';

// Inside a function marked side-effect free, so `READER_PARTS.length` stays out of the content script.
const readerParts = /* @__NO_SIDE_EFFECTS__ */ () => v.pipe(v.array(v.picklist(READER_PARTS)), v.maxLength(READER_PARTS.length));
const FeatureName = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]{0,39}$/));

export const PAGE_REQUESTS = {
  'page.report': {
    payload: v.strictObject({
      page: v.picklist(PAGE_KINDS),
      features: v.pipe(v.record(FeatureName, v.picklist(FEATURE_STATES)), v.maxEntries(32)),
      missing: v.optional(readerParts(), []),
    }),
    senders: ['linkedin-content'],
    reads: [],
    writes: [],
    answer: answer<{ recorded: true }>(),
  },
  // The tab shows another page or person: heard by the side panel following the tab, which asks
  // the tab again (src/contract/panel-protocol.ts). The background only acknowledges it.
  'page.visit': {
    payload: v.strictObject({ page: v.picklist(PAGE_KINDS) }),
    senders: ['linkedin-content'],
    reads: [],
    writes: [],
    answer: answer<{ seen: true }>(),
  },
  'page.health': {
    payload: v.strictObject({ tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
    senders: ['extension-page'],
    // Health lives in storage.session; quiet mode (settings) is what changes it from here.
    reads: ['settings'],
    writes: [],
    answer: answer<PageHealth | null>(),
  },
} as const;
