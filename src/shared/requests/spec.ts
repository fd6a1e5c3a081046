// What one request entry says: its payload schema (checked in the background), who may send
// it, which stores a successful call changes (announced to every open screen) and its answer
// type. Each domain's file in this folder lists its entries; the background binds a handler
// to each (src/background/<domain>/requests.ts).
import type * as v from 'valibot';
import type { StoreName } from '../stores';

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
  /** The stores a successful call may change: announced after it, checked by test/unit/request-writes.test.ts. */
  writes: readonly StoreName[];
  /**
   * Whether a successful answer says nothing was written after all (a LinkedIn thread visited
   * again: every reply already recorded). Nothing is then announced, so open screens do not
   * read again and the popup keeps its cache.
   */
  unchanged?: (value: never) => boolean;
  answer: AnswerType<unknown>;
}

export type AnswerOf<S> = S extends { answer: AnswerType<infer T> } ? T : never;
