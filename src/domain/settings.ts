// The user's settings: their schema (checked by settings.update and by a restore) and defaults.
import * as v from 'valibot';
import { LINK_CHANNELS } from './model';
import { LanguageCode, shortText, upTo } from './fields';
import { PERSON_NAME_MAX } from './people/person-names';
import { shortLinkProblem, SHORT_LINK_MAX } from './library/share-link';

export { LINK_CHANNELS, type LinkChannel } from './model';

// Inside a function marked side-effect free: a top-level `LINK_CHANNELS.length` would keep the list in the content script.
const channelList = /* @__NO_SIDE_EFFECTS__ */ () => v.pipe(v.array(v.picklist(LINK_CHANNELS)), v.maxLength(LINK_CHANNELS.length));
const utmValue = /* @__NO_SIDE_EFFECTS__ */ (max: number) =>
  v.pipe(shortText(max), v.regex(/^[A-Za-z0-9_.-]*$/, 'letters, digits, ., - and _ only'));

/** The longest message frame, and how many languages have one. */
export const MESSAGE_TEMPLATE_MAX = 500;
export const MESSAGE_TEMPLATES_MAX = 20;

export const SettingsSchema = v.strictObject({
  /** The salesperson's own short id, carried (in `repParam`) by links shared in `repIdChannels`. */
  repId: v.pipe(shortText(32), v.regex(/^[A-Za-z0-9_-]*$/, 'letters, digits, - and _ only')),
  /**
   * The channels whose links carry the rep id. Public posts and comments are fetched by
   * link-preview crawlers and read by anyone: by default only private messages carry it.
   */
  repIdChannels: channelList(),
  /** utm_campaign of every link shared, unless the item's team pack names its own. */
  campaign: utmValue(64),
  /** Whether shared links get UTM parameters at all. */
  utmEnabled: v.boolean(),
  utmSource: utmValue(64),
  /** "social": what a prospect reads in the link must not tell them they are being sold to (docs/links.md). */
  utmMedium: utmValue(64),
  /**
   * The team's own short link, e.g. "https://go.example.com/{content}" (src/domain/library/share-link.ts):
   * when set, shared links are this pattern filled instead of the tagged article. Empty: none.
   */
  shortLink: v.pipe(
    shortText(SHORT_LINK_MAX),
    v.check(
      (pattern) => pattern === '' || shortLinkProblem(pattern) === null,
      (issue) => `the short link ${shortLinkProblem(String(issue.input)) ?? 'is not valid'} (for example https://go.example.com/{content})`,
    ),
  ),
  /** The query parameter that carries repId (utm_term unless the company's analytics wants another). */
  repParam: v.pipe(shortText(32), v.regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'a parameter name: letters, digits and _')),
  /** How often feeds are fetched again, in minutes (15 minutes to a week). */
  feedSyncMinutes: v.pipe(v.number(), v.integer(), v.minValue(15), v.maxValue(10080)),
  /** Nothing is added to LinkedIn's pages: sharing is done from the popup. */
  quietMode: v.boolean(),
  /** Keep the first 140 characters of each reply (off: replies are recorded without text). */
  keepReplyText: v.boolean(),
  /**
   * Per-person clicks (off by default): a link shared in a message to someone carries a random
   * token in utm_content instead of the item's slug, so an analytics import ties a visit back,
   * on this device only, to that share and so to the person (docs/analytics-imports.md).
   */
  clickTokens: v.boolean(),
  /** A prospect whose last share got no reply for this many days is "awaiting reply". */
  awaitingDays: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(90)),
  /** Saturation guard: warn past this many shares to one person within saturationDays. */
  saturationMax: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(50)),
  saturationDays: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(90)),
  /** CSV exports: "," or ";" (European Excel), with or without a UTF-8 BOM. */
  csvSeparator: v.picklist([',', ';']),
  csvBom: v.boolean(),
  /** The user's own name, as they sign: `{senderFirstName}` in templates is its first name. */
  senderName: shortText(PERSON_NAME_MAX),
  /**
   * The user's own frame for a message, one per language: the picker puts it before the
   * caption and link of a message in that language (never in a public post or comment). An
   * empty text means no frame. See src/domain/library/template.ts for the variables.
   */
  messageTemplates: v.pipe(
    v.array(v.strictObject({ language: LanguageCode, text: upTo(MESSAGE_TEMPLATE_MAX) })),
    v.maxLength(MESSAGE_TEMPLATES_MAX),
  ),
});
export type Settings = v.InferOutput<typeof SettingsSchema>;
export type MessageTemplate = Settings['messageTemplates'][number];
export const DEFAULT_SETTINGS: Settings = {
  repId: '',
  repIdChannels: ['message'],
  campaign: '',
  utmEnabled: true,
  utmSource: 'linkedin',
  utmMedium: 'social',
  shortLink: '',
  repParam: 'utm_term',
  feedSyncMinutes: 360,
  quietMode: false,
  keepReplyText: false,
  clickTokens: false,
  awaitingDays: 5,
  saturationMax: 2,
  saturationDays: 7,
  csvSeparator: ',',
  csvBom: true,
  senderName: '',
  messageTemplates: [
    { language: 'en', text: 'Hi {firstName|there}, I thought of you when I read this:' },
    { language: 'fr', text: 'Bonjour {firstName|}, j’ai pensé à vous en lisant ceci :' },
  ],
};

/** The frame for a message in `language`: its template, if it has one and it is not empty. */
export function messageTemplateFor(templates: readonly MessageTemplate[] | unknown, language: string): string {
  if (!Array.isArray(templates)) return '';
  const found = (templates as unknown[]).find(
    (entry): entry is MessageTemplate => typeof entry === 'object' && entry !== null && (entry as MessageTemplate).language === language,
  );
  return typeof found?.text === 'string' ? found.text.trim() : '';
}
