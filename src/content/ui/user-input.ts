// Only the user's own clicks and keys may act. Our buttons sit in closed shadow roots on a page
// that is not ours: LinkedIn's scripts (or anything injected into LinkedIn) can find them and
// dispatch clicks and keys on them, but cannot make those events trusted. An untrusted event
// must not insert, log, track or open anything in the user's name.

export const fromUser = (event: Event): boolean => event.isTrusted === true;

/** `act`, run only for events the user made. */
export function onlyFromUser<E extends Event>(act: (event: E) => void): (event: E) => void {
  return (event) => {
    if (fromUser(event)) act(event);
  };
}

export interface Typing {
  /** On the field's keydown, paste, drop and composition events: the user is about to type. */
  arm(event: Event): void;
  /** On its input event: true when the change is the user's, once per arming. */
  accept(event: Event): boolean;
}

/**
 * Typing the user did in one of our fields. The page cannot dispatch trusted keys, but
 * document.execCommand('insertText') run by a page script while our field has the focus
 * changes its value with an input event the browser marks trusted. Such a change comes with
 * no key, paste, drop or composition of the user's before it: it is refused.
 */
export function typedByUser(): Typing {
  let armed = false;
  return {
    arm(event) {
      if (fromUser(event)) armed = true;
    },
    accept(event) {
      const ok = armed && fromUser(event);
      armed = false;
      return ok;
    },
  };
}
