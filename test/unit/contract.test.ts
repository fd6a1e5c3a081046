import { describe, expect, it } from 'vitest';
import { isAnswer, isRequestType } from '../../src/contract/index';

describe('contract guards', () => {
  it('knows only its own request types, not inherited properties', () => {
    expect(isRequestType('app.ping')).toBe(true);
    for (const type of ['constructor', 'toString', '__proto__', 'hasOwnProperty', '', 1, null]) expect(isRequestType(type)).toBe(false);
  });

  it('accepts well-formed answers only', () => {
    expect(isAnswer({ ok: true, value: null })).toBe(true);
    expect(isAnswer({ ok: false, error: { code: 'unauthorised', message: 'no' } })).toBe(true);
    for (const raw of [
      undefined,
      null,
      'ok',
      { ok: true },
      { ok: 'true', value: 1 },
      { ok: false },
      { ok: false, error: 'no' },
      { ok: false, error: { code: 'teapot', message: 'no' } },
      { ok: false, error: { code: 'failed', message: 42 } },
    ]) {
      expect(isAnswer(raw), JSON.stringify(raw)).toBe(false);
    }
  });
});
