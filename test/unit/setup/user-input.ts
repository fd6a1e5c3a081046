// happy-dom cannot make trusted events, so in unit tests every event counts as the user's.
// The check itself is tested in test/unit/user-input.test.ts, and against a real page's
// forged events in test/e2e/security.test.ts.
import { vi } from 'vitest';

vi.mock('../../../src/content/ui/user-input', () => ({
  fromUser: () => true,
  typedByUser: () => ({ arm: () => {}, accept: () => true }),
  onlyFromUser:
    <E extends Event>(act: (event: E) => void) =>
    (event: E) =>
      act(event),
}));
