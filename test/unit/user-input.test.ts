// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';

type UserInput = typeof import('../../src/content/ui/user-input');
const { fromUser, onlyFromUser } = await vi.importActual<UserInput>('../../src/content/ui/user-input');

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
