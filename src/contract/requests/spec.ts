// What one request entry says: its payload schema (checked in the background), who may send
// it, which stores its answer is read from and which a successful call changes (announced to
// every open screen), whose insight parts it touched, and its answer type. Each domain's file
// in this folder lists its entries; the background binds a handler to each
// (src/background/<domain>/requests.ts). What follows from the entries is derived from them:
// the popup cache's drops (src/features/popup-cache/sections.ts), the insights summary's updates
// (src/background/activity/insights-touch.ts), the live queries' refetches (src/ui/use-request.ts,
// which restates the lists as plain data, held equal to the entries' by the compiler).
import type * as v from 'valibot';
import type { StoreName } from '../stores';
import type { Touch } from './touch';

export const SENDER_KINDS = ['extension-page', 'linkedin-content'] as const;
/** extension-page: popup and dashboard. linkedin-content: our content script, top frame of www.linkedin.com. */
export type SenderKind = (typeof SENDER_KINDS)[number];

declare const ANSWER: unique symbol;
/** The answer's type, carried by the entry at compile time only (the value is an empty object). */
export interface AnswerType<T> {
  readonly [ANSWER]?: T;
}
export const answer = /* @__NO_SIDE_EFFECTS__ */ <T>(): AnswerType<T> => ({});

export interface RequestSpec {
  payload: v.GenericSchema;
  senders: readonly SenderKind[];
  /**
   * The stores its answer is read from: a write to one of them makes a screen's copy stale (it
   * asks again) and drops the popup's cached copy. None for writes and actions: their answer
   * says what the call did, and nobody keeps it. Checked by test/unit/request-reads.test.ts.
   */
  reads: readonly StoreName[];
  /** The stores a successful call may change: announced after it, checked by test/unit/request-writes.test.ts. */
  writes: readonly StoreName[];
  /**
   * Whether a successful answer says nothing was written after all (a LinkedIn thread visited
   * again: every reply already recorded). Nothing is then announced, so open screens do not
   * read again and the popup keeps its cache.
   */
  unchanged?: (value: never) => boolean;
  /**
   * Whose insight parts a committed call changed (touch.ts), for writers of the log or the
   * prospects. Without it, the insights summary is rebuilt from the whole log: a new writer can
   * make Insights slower, never wrong.
   */
  touches?: (payload: never, value: never) => Touch;
  answer: AnswerType<unknown>;
}

/**
 * An entry with callbacks (`unchanged`, `touches`): written through this identity, their
 * parameters take the entry's own payload (as its schema outputs it) and answer types, so they
 * read fields without a cast or a type restated. The lists keep their literal types (`const`).
 */
export const entry = /* @__NO_SIDE_EFFECTS__ */ <
  P extends v.GenericSchema,
  A,
  const S extends readonly SenderKind[],
  const R extends readonly StoreName[],
  const W extends readonly StoreName[],
>(spec: {
  payload: P;
  senders: S;
  reads: R;
  writes: W;
  unchanged?: (value: A) => boolean;
  touches?: (payload: v.InferOutput<P>, value: A) => Touch;
  answer: AnswerType<A>;
}) => spec;

export type AnswerOf<S> = S extends { answer: AnswerType<infer T> } ? T : never;
