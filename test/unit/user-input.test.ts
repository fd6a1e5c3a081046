// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';

type UserInput = typeof import('../../src/content/ui/user-input');
const { fromUser, onlyFromUser, typedByUser } = await vi.importActual<UserInput>('../../src/content/ui/user-input');

describe('only the user acts', () => {
  it('ignores events a script dispatched', () => {
    const act = vi.fn();
    const button = document.createElement('button');
    button.addEventListener('click', onlyFromUser(act));
    button.click();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(fromUser(new KeyboardEvent('keydown', { key: 'Enter' }))).toBe(false);
    expect(act).not.toHaveBeenCalled();
  });

  it('acts on events the browser marks as the user’s', () => {
    const act = vi.fn();
    const event = new MouseEvent('click');
    Object.defineProperty(event, 'isTrusted', { value: true });
    onlyFromUser(act)(event);
    expect(act).toHaveBeenCalledWith(event);
  });
});

const trusted = <E extends Event>(event: E): E => {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
};

describe('typing the user did', () => {
  it('accepts an input that follows a key, a paste or a composition of the user, once each', () => {
    const typing = typedByUser();
    for (const first of [new KeyboardEvent('keydown', { key: 'a' }), new Event('paste'), new Event('compositionupdate')]) {
      typing.arm(trusted(first));
      expect(typing.accept(trusted(new InputEvent('input')))).toBe(true);
      expect(typing.accept(trusted(new InputEvent('input')))).toBe(false);
    }
  });

  it("refuses a trusted input with no key before it (a page script's execCommand) and anything after a forged key", () => {
    const typing = typedByUser();
    expect(typing.accept(trusted(new InputEvent('input')))).toBe(false);
    typing.arm(new KeyboardEvent('keydown', { key: 'a' }));
    expect(typing.accept(trusted(new InputEvent('input')))).toBe(false);
    typing.arm(trusted(new KeyboardEvent('keydown', { key: 'a' })));
    expect(typing.accept(new InputEvent('input'))).toBe(false);
  });
});
