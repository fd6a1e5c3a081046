// Only the user's own clicks and keys may act. Our buttons sit in open shadow roots on a page
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
