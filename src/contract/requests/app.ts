// The extension itself: is the background up, what does the database hold.
import { Empty } from '../../domain/fields';
import { DATA_STORES } from '../stores';
import { answer } from './spec';

export const APP_REQUESTS = {
  'app.ping': {
    payload: Empty,
    senders: ['extension-page'],
    reads: [],
    writes: [],
    answer: answer<{ version: string; schemaVersion: number }>(),
  },
  'db.stats': {
    payload: Empty,
    senders: ['extension-page'],
    reads: DATA_STORES,
    writes: [],
    answer: answer<{ schemaVersion: number; counts: Record<(typeof DATA_STORES)[number], number> }>(),
  },
} as const;
