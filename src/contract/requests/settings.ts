// The user's settings, and the part of them the content script needs.
import * as v from 'valibot';
import type { ContentLabels } from '../../i18n/content-labels';
import { Empty } from '../../domain/fields';
import { SettingsSchema, type Settings } from '../../domain/settings';
import { answer } from './spec';

export const SETTINGS_REQUESTS = {
  'settings.get': { payload: Empty, senders: ['extension-page'], reads: ['settings'], writes: [], answer: answer<Settings>() },
  'settings.update': {
    payload: v.strictObject({ settings: v.partial(SettingsSchema) }),
    senders: ['extension-page'],
    reads: [],
    writes: ['settings'],
    answer: answer<Settings>(),
  },
  // What the content script needs to know before it adds anything to the page, and the labels
  // of what it adds first (see content-labels.ts).
  'content.config': {
    payload: Empty,
    senders: ['linkedin-content'],
    reads: ['settings'],
    writes: [],
    answer: answer<{ quietMode: boolean; keepReplyText: boolean; labels: ContentLabels }>(),
  },
} as const;
