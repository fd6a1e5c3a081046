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
    /** The open thread's header on the messaging page: who the conversation is with. */
    threadHeaderLink: ['a.msg-thread__link-to-profile', '.msg-title-bar a[href*="/in/"]'],
    threadHeaderName: ['.msg-entity-lockup__entity-title', '.msg-title-bar h2'],
    /** The conversation row LinkedIn marks as open. */
    activeRowName: ['.msg-conversations-container__convo-item-link--active .msg-conversation-card__participant-names'],
    /** An overlay chat bubble, its header link and title. */
    bubble: ['.msg-overlay-conversation-bubble'],
    bubbleHeaderLink: ['.msg-overlay-bubble-header a[href*="/in/"]', 'header a[href*="/in/"]'],
    bubbleHeaderName: ['.msg-overlay-bubble-header__title', 'header h2'],
    /** The thread's message list, its messages, and the other person's messages. */
    messageList: ['.msg-s-message-list-content', '.msg-s-message-list'],
    message: ['.msg-s-event-listitem'],
    otherMessageClass: 'msg-s-event-listitem--other',
    messageBody: ['.msg-s-event-listitem__body'],
  },
  post: {
    /** New front end: a native <dialog open> (role=dialog does not match it). */
    // The editor check that follows weeds out other open dialogs; :has() would cost on every scan.
    sduiDialog: ['dialog[open][data-sdui-screen*="sharing.ShareCompose"]', 'dialog[open]'],
    sduiEditor: ['[componentkey="ShareBox_textEditor"][contenteditable="true"]', '.ProseMirror[contenteditable="true"]'],
    /** Classic front end: a modal inside the interop shadow root, with a Quill editor. */
    classicDialog: ['.share-box-v2__modal', '[role="dialog"].share-creation-state'],
    classicEditor: ['.ql-editor[contenteditable="true"]', '[contenteditable="true"][role="textbox"]'],
    /** The composer's row of tool buttons (emoji, media): a button goes at its end. */
    toolbar: ['[data-testid="share-box-toolbar"]', '.share-box_actions', '.share-creation-state__additional-toolbar', 'footer'],
  },
  comment: {
    /**
     * Comment boxes under feed posts. NOT measured publicly in 2026: inferred from the
     * classic markup and the new front end's habits (a contenteditable textbox inside the post).
     */
    box: ['.comments-comment-box', '[data-testid*="comment-box"]', '[data-testid="mainFeed"] [role="listitem"] form'],
    editor: ['.comments-comment-texteditor .ql-editor[contenteditable="true"]', '[contenteditable="true"][role="textbox"]'],
  },
  /** LinkedIn's own dark theme is a class on <html>, set by its settings, not the system's. */
  theme: { darkClass: 'theme--dark' },
  profile: {
    topCard: ['[componentkey$="Topcard"]', 'div[id$="Topcard"]', 'section[id$="Topcard"]', '.pv-top-card'],
    name: ['h2', 'h1'],
    /** The row holding "Message", "Connect", "More": a button goes at its end. */
    actionButtons: ['button[aria-label^="Message"]', 'a[href*="/messaging/compose"]', 'button[aria-label="More actions"]', 'button[aria-label*="More"]'],
  },
} as const;

export type SelectorList = readonly string[];
