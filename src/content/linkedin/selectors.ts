// Every selector that knows LinkedIn's markup, with its fallbacks, in one place. Prefer
// roles, data attributes and stable class families (msg-*) over hashed classes.
// Measured against the public 2026 surveys; see test/fixtures/linkedin/README.md.

export const selectors = {
  /** The open shadow root LinkedIn renders overlays and the classic post dialog into. */
  interopOutlet: ['#interop-outlet', '[data-testid="interop-shadowdom"]'],
  messaging: {
    /** The reply box: a form on the messaging page, a div in overlay bubbles. */
    composer: ['form.msg-form', '[class~="msg-form"]'],
    editor: ['.msg-form__contenteditable[contenteditable="true"]', '[contenteditable="true"][role="textbox"]'],
    sendButton: ['.msg-form__send-button', 'button[type="submit"]'],
    /** Where LinkedIn puts its own attach/GIF/emoji buttons, when the footer has that wrapper. */
    leftActions: ['.msg-form__left-actions'],
  },
} as const;

export type SelectorList = readonly string[];
