// LinkedIn's own words, for "Copy page structure": the attributes whose values it keeps and the
// path words of LinkedIn's pages (structure-snapshot.ts), and with them every word page-names.ts
// never takes for anyone's name.
import { fold } from '../../domain/text/fold';

/**
 * The attributes whose values are kept: the hooks our selectors use (componentkey, data-testid,
 * data-view-name, data-sdui-screen, role, class), and small enumerated states that change how a
 * reader or a writer treats an element.
 */
export const KEPT = new Set([
  'componentkey',
  'data-testid',
  'data-view-name',
  'data-sdui-screen',
  'role',
  'class',
  'type',
  'contenteditable',
  'aria-expanded',
  'tabindex',
  'data-display-contents',
]);

// Path words of LinkedIn's own pages that name no one. Any other segment becomes "_".
export const PATH_WORDS = new Set(
  (
    'feed in company school showcase groups events jobs view search results people all content mynetwork notifications ' +
    'posts pulse overlay details experience education skills recent-activity update messaging thread compose new ' +
    'about-this-profile contact-info premium settings help learning newsletters me home life about my-items'
  ).split(' '),
);

// LinkedIn's own words, and the common words of its labels: never taken for a name, and never
// removed where they stand whole in a value. A person named "Card" or "Profile" keeps those
// words in the outline: they are in every page's markup and tell no one. Lower case, folded.
export const STRUCTURAL: ReadonlySet<string> = new Set(
  // Path words (hrefShape), HTML tags, attribute names, ARIA roles.
  (
    `${[...PATH_WORDS].join(' ')} ${[...KEPT].join(' ')} ` +
    'class href src srcset alt title style lang dir rel charset width height sizes target download decoding ' +
    'autocomplete spellcheck draggable autofocus inputmode enterkeyhint readonly required checked selected multiline ' +
    'aria data labelledby describedby haspopup live atomic busy pressed orientation owns posinset setsize level ' +
    'html head body main header footer section article aside nav div span button input textarea select option label form ' +
    'list listitem item link image img picture video audio iframe frame canvas table row cell column heading paragraph dialog ' +
    'alert status banner region menu menubar menuitem option group tab tablist tabpanel textbox combobox checkbox radio ' +
    'switch slider progressbar tooltip tree grid presentation none note separator toolbar figure strong small time ' +
    // LinkedIn's class families, component keys, test ids and screens.
    'linkedin sdui urn fsd com flagshipnav ember artdeco scaffold layout global typeahead msg share shared sharing ' +
    'sharecompose profileview mainfeed feed update updates components component actor social action actions bar comment ' +
    'comments box entity entities lockup title subtitle caption description text texts view views top card cards topcard ' +
    'profile profiles overlay bubble conversation conversations convo event events message messages group groups name ' +
    'names timestamp stamp thread threads selectable facepile participant participants container content contents wrapper ' +
    'editor blank clipboard tiptap prose mirror prosemirror trailing break creation state additional modal primary ' +
    'secondary tertiary icon icons dropdown trigger visually hidden relative absolute inline block heading xlarge large ' +
    'medium small body black white light dark theme align middle center left right words word presence indicator typing ' +
    'seen receipt without bottom detail details interop shadowdom core expandable session cover edit verification ' +
    'trigger ref member members active avatar detour disabled enabled dist empty entry feature field fields info input ' +
    'rail inbox minimized maximized occluded other others panel placeholder pvs ctas current send separator snippet ' +
    'subject submit style value true false role type contenteditable testid expanded tabindex display anonymize control ' +
    'person company school organization org lead leads account accounts sales navigator search result results ' +
    'recipient recipients sender author premium badge degree distance connection connections follower followers ' +
    'following network invitation invitations notification notifications pagination page pages scroll scrollable sticky ' +
    'lazy loaded loader loading spinner skeleton ghost placeholder shimmer animation transition visible invisible ' +
    'wrapper inner outer outlet container contained full width height size padding margin spacing border rounded ' +
    'shadow elevation color background foreground label labels tag tags chip pill token tokens count counter counts ' +
    'reaction reactions react like likes celebrate support love insightful funny repost reposts reply replies ' +
    'sent unread read draft drafts attachment attachments file files media photo photos document poll emoji picker ' +
    'keyboard gif sticker mention mentions hashtag hashtags headline location about highlights featured skills ' +
    'experience education recommendations recommendation interests languages certifications projects activity ' +
    'analytics resources contact mutual insights insight module modules container block item entry rich richtext ' +
    'editable quill blank mobile desktop tablet responsive compact default primary nav navigation bar sidebar ' +
    'aside rail column columns split pane panes header footer sticky fixed overlay scrim backdrop modal sheet drawer ' +
    'popover popup tooltip toast banner alert callout notice hovercard card carousel slider slide slides ' +
    'meta data key keys screen screens module root node nodes view viewer viewport render renderer lazy ' +
    'trk tracking track impression impressions control controls urn entity urns http https www mailto tel javascript ' +
    // Common words of LinkedIn's labels (English, French, Spanish, German), which label text often holds.
    'the and for with from into your you our not but all any are was can has had his her its one two out off how who ' +
    'why via per this that these those here there what which when where more less see show hide open close view ' +
    'message write send follow unfollow connect invite remove delete report mute block copy next previous back menu ' +
    'overflow home network jobs settings help sign language new add attach create post posts start dismiss expand ' +
    'click skip save saved like comment repost react share reply search load more loading conversation conversations ' +
    'primary main content editor creating types type text required here list people company companies school schools ' +
    'current decision makers image photo media emoji keyboard picker actions action your conversation close ' +
    'avec dans pour par sur des les une vous votre vos ajouter commentaire commenter contenu principal inviter ' +
    'rejoindre reseau ouvrir clavier emojis editeur texte creer message envoyer suivre plus voir ' +
    'con para por los las una que contenido principal comentario comentar abrir enviar seguir mensaje mas ver ' +
    'und der die das mit fur von ein eine ihre nachricht senden folgen mehr anzeigen inhalt'
  )
    .split(/\s+/)
    .filter(Boolean)
    .map(fold),
);
