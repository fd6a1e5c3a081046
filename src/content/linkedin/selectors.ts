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
    /**
     * The open thread's header on the messaging page: who the conversation is with. Some
     * threads show the name alone (a span.msg-entity-lockup__entity-title, no link to the profile).
     */
    threadHeaderLink: ['a.msg-thread__link-to-profile', '.msg-title-bar a[href*="/in/"]'],
    threadHeaderName: ['.msg-entity-lockup__entity-title', '.msg-title-bar h2'],
    /** The conversation row LinkedIn marks as open. */
    activeRowName: ['.msg-conversations-container__convo-item-link--active .msg-conversation-card__participant-names'],
    activeRow: ['.msg-conversations-container__convo-item-link--active'],
    /** A group conversation's row draws a face pile instead of one person's picture. */
    groupMarker: ['.msg-facepile-grid__img--multiple-participants', '.msg-facepile-grid'],
    /** An overlay chat bubble, its header link and title. */
    bubble: ['.msg-overlay-conversation-bubble'],
    bubbleHeader: ['.msg-overlay-bubble-header', 'header'],
    bubbleHeaderLink: ['.msg-overlay-bubble-header a[href*="/in/"]', 'header a[href*="/in/"]'],
    bubbleHeaderName: ['.msg-overlay-bubble-header__title', 'header h2'],
    /** The thread's message list, its messages, and the other person's messages. */
    messageList: ['.msg-s-message-list-content', '.msg-s-message-list'],
    message: ['.msg-s-event-listitem'],
    /** The user's own messages: LinkedIn marks the other person's, not ours. */
    ownMessage: ['.msg-s-event-listitem:not(.msg-s-event-listitem--other)'],
    otherMessageClass: 'msg-s-event-listitem--other',
    messageBody: ['.msg-s-event-listitem__body'],
    /** The sender's own profile link at the top of a message group: not something they shared. */
    senderLink: ['a.msg-s-event-listitem__link'],
    /** The sender's name and profile at the top of a group (the name may be a bare span), and its time. */
    senderName: ['.msg-s-message-group__name'],
    senderProfileLink: ['a.msg-s-event-listitem__link[href*="/in/"]'],
    messageTime: ['time.msg-s-message-group__timestamp'],
  },
  post: {
    /** New front end: a native <dialog open> (role=dialog does not match it). */
    // The editor check that follows weeds out other open dialogs; :has() would cost on every scan.
    sduiDialog: ['dialog[open][data-sdui-screen*="sharing.ShareCompose"]', 'dialog[open]'],
    sduiEditor: ['[componentkey="ShareBox_textEditor"][contenteditable="true"]', '.ProseMirror[contenteditable="true"]'],
    /** Classic front end: a modal inside the interop shadow root, with a Quill editor. */
    classicDialog: ['.share-box-v2__modal', '[role="dialog"].share-creation-state'],
    classicEditor: ['.ql-editor[contenteditable="true"]', '[contenteditable="true"][role="textbox"]'],
    /** The classic composer's row of tool buttons (photo, emoji): a button goes at its end. */
    toolbar: ['.share-creation-state__additional-toolbar', '.share-box_actions'],
    /**
     * The new composer's tool buttons have no hook but their labels, measured in English
     * ("Show Emoji Picker", "Media"). "emoji" survives in most translations, so it comes next.
     * A button goes at the end of their row.
     */
    toolButton: ['button[aria-label="Show Emoji Picker"]', 'button[aria-label="Media"]', 'button[aria-label*="emoji" i]', 'button[aria-label="Open Emoji Keyboard"]'],
  },
  comment: {
    /**
     * Comment boxes under feed posts. NOT measured publicly in 2026: the classic shape is the
     * Ember markup older public extensions keyed on; the new front end's is inferred from its
     * habits elsewhere (a contenteditable textbox inside the post's [role=listitem], in a form).
     * Found from the editor outwards, so a wrong guess about the box still finds no other editor.
     */
    box: ['.comments-comment-box', 'form'],
    editor: [
      '.comments-comment-texteditor .ql-editor[contenteditable="true"]',
      '.comments-comment-box [contenteditable="true"]',
      '[data-testid="mainFeed"] [role="listitem"] [contenteditable="true"][role="textbox"]',
    ],
    /** Our button goes just before the box's own submit button, when it has one. */
    submitButton: ['.comments-comment-box__submit-button', 'button[type="submit"]'],
  },
  /** LinkedIn's own dark theme is a class on <html>, set by its settings, not the system's. */
  theme: { darkClass: 'theme--dark' },
  profile: {
    topCard: ['[componentkey$="Topcard"]', 'div[id$="Topcard"]', 'section[id$="Topcard"]', '.pv-top-card'],
    /** The new front end draws the name in an h2 (no h1); the classic one in an h1. */
    name: ['h2', 'h1'],
    /** The headline is the first paragraph after the name (see readProfilePage for pronouns). */
    headline: ['p'],
    /** The row holding "Message", "Connect", "More": a button goes at its end. */
    actionButtons: ['button[aria-label^="Message"]', 'a[href*="/messaging/compose"]', 'button[aria-label="More actions"]', 'button[aria-label*="More"]'],
  },
} as const;

export type SelectorList = readonly string[];
