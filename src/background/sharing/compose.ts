// The text of one share: the user's message frame (messages only), a caption variant, the
// tagged link, with the template variables filled for the person it goes to. Pure: the
// service reads the records and hands them here.
import type { ShareText } from '../../contract/index';
import { toPerson, type Caption, type Channel, type ContentItem } from '../../domain/model';
import { nameParts } from '../../domain/people/name-parts';
import { messageTemplateFor, type Settings } from '../../domain/settings';
import { fillTemplate, TEMPLATE_VARIABLES, type TemplateValues } from '../../domain/library/template';
import { shareTextOf } from '../../domain/library/share-text';

/** Who the message goes to, as far as the records or the conversation know. */
export interface TemplatePerson {
  name: string;
  company: string;
}

/**
 * The caption to propose: one in the first of `languages` that the item has captions in (the
 * rep's own language, then the item's), else any; among those the one used least recently for
 * this item (never used first), so a team's posts do not all read the same. `recentIndexes` is
 * newest first. Only captions that `usable` accepts are proposed, unless none is.
 */
export function pickCaption(
  captions: readonly Caption[],
  languages: string | readonly string[],
  recentIndexes: readonly (number | null | undefined)[],
  usable: (index: number) => boolean = () => true,
): number | null {
  if (captions.length === 0) return null;
  const all = captions.map((_, index) => index);
  const inLanguage = (language: string) => all.filter((index) => captions[index]!.language === language);
  const preferred =
    [languages]
      .flat()
      .map(inLanguage)
      .find((found) => found.length > 0) ?? all;
  const fitting = preferred.filter(usable);
  const candidates = fitting.length > 0 ? fitting : preferred;
  const lastUse = (index: number) => {
    const position = recentIndexes.indexOf(index);
    return position === -1 ? Infinity : position;
  };
  // The largest distance since last use wins; never used is infinitely far.
  return candidates.reduce((best, index) => (lastUse(index) > lastUse(best) ? index : best), candidates[0]!);
}

/**
 * What the variables are for this share. Public posts and comments name nobody: there the
 * person's variables are unknown whoever the page shows (their fallbacks apply).
 */
export function templateValues(person: TemplatePerson | null, senderName: string, channel: Channel): TemplateValues {
  const named = person !== null && toPerson(channel);
  const { firstName, lastName } = named ? nameParts(person.name) : { firstName: '', lastName: '' };
  return { firstName, lastName, company: named ? person.company : '', senderFirstName: nameParts(senderName).firstName };
}

export interface ComposeInput {
  item: ContentItem;
  /** Caption indexes of the item's latest shares, newest first. */
  recent: readonly (number | null | undefined)[];
  settings: Pick<Settings, 'senderName' | 'messageTemplates'>;
  channel: Channel;
  person: TemplatePerson | null;
  /** Whether the user's message frame goes first (messages only). */
  frame: boolean;
  link: string;
  /** The caption the user chose (the picker's ‹ ›): taken as it is when the item has it. */
  captionIndex?: number | undefined;
  /** Caption languages to prefer, first first (the rep's); the item's own comes after them. */
  languages?: readonly string[] | undefined;
}

/**
 * The share's text. A caption variant whose variables all fill is preferred to one that
 * would miss one; when every variant (or the frame) misses one, the share is refused: `text`
 * is empty and `missing` names what is unknown.
 */
export function composeShare({
  item,
  recent,
  settings,
  channel,
  person,
  frame,
  link,
  captionIndex: chosen,
  languages = [],
}: ComposeInput): ShareText {
  const values = templateValues(person, settings.senderName, channel);
  const fills = (index: number) => fillTemplate(item.captions[index]!.text, values).missing.length === 0;
  // A chosen caption that misses a variable is refused like any other: the user chose that text.
  const captionIndex =
    chosen !== undefined && item.captions[chosen] ? chosen : pickCaption(item.captions, [...languages, item.language], recent, fills);
  const caption = captionIndex === null ? null : fillTemplate(item.captions[captionIndex]?.text ?? '', values);
  const language = captionIndex === null ? item.language : (item.captions[captionIndex]?.language ?? item.language);
  const template = frame && (channel === 'message' || channel === 'inmail') ? messageTemplateFor(settings.messageTemplates, language) : '';
  const framing = template ? fillTemplate(template, values) : null;
  const missing = TEMPLATE_VARIABLES.filter((name) => framing?.missing.includes(name) || caption?.missing.includes(name));
  const captionText = caption?.text.trim() ?? '';
  if (missing.length > 0) return { caption: '', link, captionIndex, text: '', missing };
  const text = shareTextOf(framing?.text ?? '', captionText, link);
  return { caption: captionText, link, captionIndex, text, missing: [] };
}
