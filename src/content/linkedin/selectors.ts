// Every selector that knows LinkedIn's markup, with its fallbacks, in one place. Prefer
// roles, data attributes and stable class families (msg-*) over hashed classes.
// Each group says what was MEASURED on real pages (public captures and surveys, 2023-2026)
// and what is INFERRED; test/fixtures/linkedin/README.md names the sources.

export const selectors = {
  /** The open shadow root LinkedIn renders overlays and the classic post dialog into. */
  interopOutlet: ['#interop-outlet', '[data-testid="interop-shadowdom"]'],
  /**
   * Messaging (Ember, msg-* classes). MEASURED: the messaging page's list, thread, header
   * (linked or name-only), message groups and reply form (2026-09 surveys); the overlay bubble
   * and its div.msg-form reply box (a real 2023 Spanish capture). INFERRED: that 2026 overlays
   * keep the same classes inside #interop-outlet's shadow root (no public capture holds it), so
   * every bubble selector has a structural fallback (header, h2, role=textbox).
   */
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
    /** A message's URN (measured on the page; bubbles inferred). */
    messageIdAttribute: 'data-event-urn',
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
  /**
   * The conversation list (issue 25): the /messaging/ page's left rail, and the messaging
   * overlay's list when it is open. Sources: R = shared/linkedin/README.md "Messaging (Ember)";
   * S = its messaging_list_and_composer.synthetic.html (structure measured 2026-09-20); O = its
   * cc-linkedin outline of 2026-09-10 (a live DOM, text redacted); P = public scrapers' code in
   * the stored code index (pre-2026 or undated: INFERRED). Each entry names its source; the
   * localised words (own prefixes, unread labels) are in conversation-list.ts, the dates' in list-time.ts.
   */
  conversationList: {
    /**
     * The list: ul.msg-conversations-container__conversations-list (MEASURED: R, S, O). The
     * overlay's list wears the same class plus msg-overlay-list-bubble__conversations-list (P,
     * INFERRED); inside #interop-outlet's shadow root in 2026 (INFERRED, like the bubbles).
     */
    list: ['ul.msg-conversations-container__conversations-list', '.msg-overlay-list-bubble__conversations-list'],
    /** Its rows: li.msg-conversation-listitem (MEASURED: R, S, O); any li of the list (INFERRED). */
    row: ['.msg-conversation-listitem', 'li'],
    /** Placeholders LinkedIn draws for rows off screen, empty (MEASURED: R, S, O). */
    placeholder: ['.msg-conversation-card--occluded'],
    /** The participants: h3.msg-conversation-card__participant-names (MEASURED: R, S); the listitem class (S); any h3 (INFERRED). */
    name: ['h3.msg-conversation-card__participant-names', '.msg-conversation-listitem__participant-names', 'h3'],
    /**
     * The row's time: time.msg-conversation-card__time-stamp (MEASURED: R, S; no datetime
     * attribute in S). A datetime attribute is used when present (P, INFERRED).
     */
    time: ['time.msg-conversation-card__time-stamp', '.msg-conversation-listitem__time-stamp', 'time'],
    /** The newest message: p.msg-conversation-card__message-snippet, sometimes missing (MEASURED: R, S); P's other classes (INFERRED). */
    snippet: ['.msg-conversation-card__message-snippet', '.msg-conversation-listitem__message-snippet', '.msg-conversation-card__message-snippet-body'],
    /** Drawn inside the snippet, not its text: the "InMail" pill and its aria-hidden dot (S). */
    snippetNoise: ['.msg-conversation-card__pill', '[aria-hidden="true"]'],
    /**
     * A pill that says who writes (S draws "InMail"). P lists "Sponsored" and "LinkedIn Offer"
     * pills too: a row with a pill other than InMail is an organisation's (INFERRED).
     */
    pill: ['.msg-conversation-card__pill'],
    /** A link to an organisation's page in a row: not one person (INFERRED; rows link nothing in S). */
    organisationLink: ['a[href*="/company/"]', 'a[href*="/school/"]', 'a[href*="/showcase/"]'],
    /**
     * Unread, any of: the card's class msg-conversation-card__convo-item-container--unread
     * (MEASURED: O, 4 rows of 10; R: "came and went in 2026"); an unread-count badge (P,
     * INFERRED); an aria-label "N unread message(s)" (R), told by its words in conversation-list.ts.
     */
    unread: ['.msg-conversation-card__convo-item-container--unread', '.msg-conversation-card__unread-count'],
    labelled: ['[aria-label]'],
    /**
     * The open thread's row, any of: aria-current (INFERRED: structure first), the link's
     * --active class (MEASURED: R, O) and its visually hidden "active" text (MEASURED: O).
     */
    active: ['[aria-current="page"]', '[aria-current="true"]', '.msg-conversations-container__convo-item-link--active', '.msg-conversation-listitem__active-text'],
    /** The overlay around a list (MEASURED: S, in the light DOM, minimised and empty; open: INFERRED). */
    overlay: ['.msg-overlay-list-bubble', '.msg-overlay-container'],
    /** A minimised overlay: its list is not open (MEASURED: S). */
    minimisedOverlay: ['.msg-overlay-list-bubble--is-minimized'],
  },
  post: {
    /** New front end: a native <dialog open> (role=dialog does not match it). */
    // The editor check that follows weeds out other open dialogs; :has() would cost on every scan.
    sduiDialog: ['dialog[open][data-sdui-screen*="sharing.ShareCompose"]', 'dialog[open]'],
    sduiEditor: ['[componentkey="ShareBox_textEditor"][contenteditable="true"]', '.ProseMirror[contenteditable="true"]'],
    /** Classic front end: a modal inside the interop shadow root, with a Quill editor. */
    classicDialog: ['.share-box-v2__modal', '[role="dialog"].share-creation-state'],
    classicEditor: ['.ql-editor[contenteditable="true"]', '[contenteditable="true"][role="textbox"]'],
    /** Any dialog, native or by role (both measured). */
    anyDialog: ['dialog', '[role="dialog"]'],
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
     * Comment boxes under posts, found from the editor outwards, most specific first.
     * - New front end: div[componentkey^="commentBox-"] around
     *   [data-testid="ui-core-tiptap-text-editor-wrapper"] and a tiptap ProseMirror textbox
     *   (described in public code, no capture known: inferred).
     * - Classic: div.comments-comment-box--cr.comments-comment-box--no-avatar (no bare
     *   comments-comment-box class) around form.comments-comment-box__form and a Quill editor
     *   (measured on a real 2026-09 post page). Older pages had the bare class (inferred).
     * - Anything else: the form around a textbox inside a feed post (inferred guess).
     */
    box: ['[componentkey^="commentBox-"]', '[class*="comments-comment-box--"]', '.comments-comment-box', 'form.comments-comment-box__form', 'form'],
    editor: [
      '[componentkey^="commentBox-"] [contenteditable="true"][role="textbox"]',
      '[data-testid="ui-core-tiptap-text-editor-wrapper"] [contenteditable="true"]',
      '[class*="comments-comment-box"] .ql-editor[contenteditable="true"]',
      '.comments-comment-texteditor .ql-editor[contenteditable="true"]',
      '.comments-comment-box [contenteditable="true"]',
      '[data-testid="mainFeed"] [role="listitem"] [contenteditable="true"][role="textbox"]',
    ],
    /**
     * Our button goes just before the box's own submit button when it shows one (an empty
     * classic box shows none: measured), else before its emoji/image buttons, else at the end.
     */
    submitButton: ['.comments-comment-box__submit-button', 'button[type="submit"]'],
    toolButton: ['.comments-comment-box__detour-icons', 'button[aria-label*="emoji" i]', 'button[aria-label*="émoji" i]', 'button[aria-label*="image" i]', 'button[aria-label*="photo" i]'],
  },
  /**
   * LinkedIn's own dark theme, set by its settings, not the system's: a class on <html>, or
   * (measured on real 2026 profiles, where <html> carried none) on #interop-outlet.
   */
  theme: { darkClass: 'theme--dark', carriers: ['html', '#interop-outlet', '[data-testid="interop-shadowdom"]'] },
  profile: {
    /**
     * The top card. New front end (measured on 8 real 2026 captures): a div whose id and
     * componentkey end in "ref<member id>Topcard"; a nested section can match too, the outer
     * wins (first in document order). Classic front end (inferred from pre-2025 public
     * scrapers): section.pv-top-card.
     */
    topCard: ['[componentkey$="Topcard"]', 'div[id$="Topcard"]', 'section[id$="Topcard"]', '.pv-top-card'],
    /** Carries "ref<member id>Topcard" (measured). */
    topCardKeyAttribute: 'componentkey',
    /**
     * The name: an h2 inside the profile's own link (measured: `a[href="/in/slug/"] > div > h2`),
     * any h2 when the link is missing (the member's own profile links elsewhere), the classic h1.
     */
    name: ['a[href*="/in/"] h2', 'h2', 'h1'],
    /**
     * New front end: the headline, current company and location are bare paragraphs after the
     * name's row (measured); readProfilePage tells them apart by structure, not by position.
     */
    paragraph: ['p'],
    /** Classic front end (inferred): the headline div under the h1, the location span. */
    classicHeadline: ['.text-body-medium.break-words'],
    classicLocation: ['.text-body-small.inline.t-black--light.break-words'],
    /** Classic: "Current company: Example. Click to skip to experience card" (inferred). */
    classicCompany: ['[aria-label^="Current company:"]'],
    /** The location row holds the contact-info link (measured: /in/<slug>/overlay/contact-info/). */
    contactInfoLink: ['a[href*="/overlay/contact-info"]'],
    /**
     * The profile's own actions, most telling first. Measured: "Message" is an
     * a[href^="/messaging/compose/"] alone in its own div[data-display-contents]; "More" a
     * button[aria-expanded] with text and no aria-label. Inferred: the classic buttons' labels.
     */
    messageAction: ['a[href*="/messaging/compose"]', 'button[aria-label^="Message"]'],
    otherActions: ['button[aria-label="More actions"]', 'button[aria-expanded]:not([aria-label])', 'button[aria-label*="connect" i]', 'button[aria-label^="Follow"]'],
    /** The member id in the Message link (measured: /messaging/compose/?profileUrn=…ACoAA…). */
    memberIdLink: ['a[href*="/messaging/compose"][href*="ACoA"]', 'a[href*="/in/ACoA"]'],
    /**
     * Elsewhere on the card, a name repeated alone: MEASURED that the card's right column
     * repeated the current company on most 2026 captures (shared/linkedin/README.md, 2026-12),
     * but not in which elements, so any element's whole text is compared.
     */
    cardText: ['*'],
    /**
     * The Experience and Education sections below the card. MEASURED (2026-12): they exist and
     * name the company and the school the card's line joins. INFERRED: their markup, which no
     * capture shows. Most telling first: a componentkey "…ExperienceTopLevelSection" (the
     * Topcard key's pattern "ref<member id><Card>"; described in public scrapers' code), the
     * classic front end's anchors #experience/#education (pre-2025 scrapers), a section
     * labelled by aria. A marker may be an empty anchor beside the entries: the reader climbs
     * to the block that holds them, never into the top card.
     */
    experienceSection: ['[componentkey*="ExperienceTopLevelSection"]', '#experience', 'section[aria-label="Experience"]', 'section[aria-label="Expérience"]'],
    educationSection: ['[componentkey*="EducationTopLevelSection"]', '#education', 'section[aria-label="Education"]', 'section[aria-label="Formation"]'],
    /**
     * Last resort: the section's heading, by its localised label (INFERRED: English and French
     * from LinkedIn's UI, Spanish and German too). Compared folded (accents and case ignored).
     */
    sectionHeading: ['h2', 'h3'],
    experienceLabels: ['Experience', 'Expérience', 'Experiencia', 'Berufserfahrung'],
    educationLabels: ['Education', 'Formation', 'Educación', 'Ausbildung'],
    /**
     * One position or school in a section: the new front end's "entity-collection-item-…" keys
     * (public code, INFERRED), else list items (classic, INFERRED). A company's grouped roles
     * nest inside one entry: the reader keeps the outermost.
     */
    sectionEntry: ['[componentkey^="entity-collection-item"]', 'li'],
    /**
     * An entry's lines: bare paragraphs in the new front end (like the card's, INFERRED), the
     * classic front end's visible spans, and a link that holds a name as bare text.
     */
    sectionLine: ['p', 'span[aria-hidden="true"]', 'h3', 'a[href*="/company/"]', 'a[href*="/school/"]'],
  },
  /**
   * Sales Navigator (/sales/…, the Ember "artdeco" front end). No public capture of these pages
   * is known; each selector says where it was MEASURED (public code that ran against the live
   * pages, repo @ commit) or that it is INFERRED. B = Briskine/briskine @3d397b82
   * src/content/plugins/linkedin-sales-navigator.js (+ .spec.js, 2025-12); B21 = Briskine
   * @c08988b7 src/content/js/plugins/linkedin.js (2021, InMail subject); G = Gembani/scrap-in
   * @a11923e9 lib/scrapin/css_selectors/sales_navigator/*.rb (2021); D = data-anonymize
   * attributes keyed on by several public 2024-2026 scrapers in the stored code index
   * (repositories not identified).
   */
  sales: {
    /** The composers' editor: a plain <textarea> (B spec: every SN page's editor is a textarea; G, B: the class; name=message inferred). */
    editor: ['textarea.compose-form__message-field', '.compose-form textarea', 'textarea[name="message"]'],
    /** The InMail subject: only InMail composers have one (B21: [name=subject]; G: "Subject (required)"; the class: public userscripts). */
    subject: ['input.compose-form__subject-field', 'input[name="subject"]'],
    /** The composer around the editor (the compose-form block: inferred from its __ elements); else its form. */
    composer: ['.compose-form', 'form'],
    /** The composer's Send button (G: .artdeco-button--primary); type=submit inferred. */
    sendButton: ['button[type="submit"]', '.artdeco-button--primary'],
    /** The inbox's open thread (B, G: .thread-container) and a message popup opened from a lead or search (B: [role=dialog]; #message-overlay: public userscript). */
    thread: ['.thread-container'],
    overlay: ['#message-overlay', '[role="dialog"]'],
    /** The other person in a thread: their lead link (B: a[href*="/sales/lead/"] in .thread-container). */
    leadLink: ['a[href*="/sales/lead/"]'],
    /** A popup's person: the lockup title's first child (B: :not([aria-hidden]) skips shared connections). */
    overlayName: ['.artdeco-entity-lockup__title > *:first-child:not([aria-hidden])', '.artdeco-entity-lockup__title'],
    /** The thread's messages (G: .thread-container li); the list inside it (G: ul.list-style-none). */
    message: ['.thread-container ul.list-style-none > li', '.thread-container li'],
    /** A message's text (G: p) and the sender line (G: span; "You" for ours, so INFERRED: a lead link tells theirs). */
    messageBody: ['p'],
    messageTime: ['time'],
    /** The lead page's top card. D: h1[data-anonymize=person-name]; G: .profile-topcard-person-entity__name. */
    leadName: ['h1[data-anonymize="person-name"]', '[data-anonymize="person-name"]', '.profile-topcard-person-entity__name'],
    leadHeadline: ['[data-anonymize="headline"]', '[data-anonymize="job-title"]'],
    leadCompany: ['[data-anonymize="company-name"]'],
    leadLocation: ['[data-anonymize="location"]', '.profile-topcard__location-data'],
    /** The card: the header section around the name (D: section[class*=header]; G: profile-topcard). */
    leadCard: ['section[class*="header"]', '[class*="profile-topcard"]'],
    /** The card's actions row (G: .profile-topcard-actions); else the row of its Message button (inferred). */
    leadActions: ['.profile-topcard-actions', '[class*="topcard-actions"]'],
    leadMessageButton: ['button[aria-label^="Message"]', 'button[data-control-name*="message"]'],
    /** "View LinkedIn profile" (G: [data-control-name=view_linkedin]); a plain /in/ link on the card is inferred. */
    publicProfileLink: ['a[data-control-name="view_linkedin"]', 'a[href*="linkedin.com/in/"]', 'a[href^="/in/"]'],
  },
  /** Every composer's editor (measured). */
  editable: ['[contenteditable="true"]'],
  /** A hidden-from-users Quill helper that is contenteditable too: never an editor. */
  notAnEditor: ['.ql-clipboard'],
  /** Links: shared in messages, in headers; none in a profile's headline (measured). */
  link: ['a[href]'],
} as const;

export type SelectorList = readonly string[];
