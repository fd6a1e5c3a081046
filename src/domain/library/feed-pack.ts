// Team packs in feeds: Nurture's own elements in RSS and Atom (an XML namespace, any prefix) and
// the `_nurture` extension object of JSON Feed (extensions start with "_", JSON Feed 1.1 §
// "Extensions"). Readers ignore what they do not know, so a pack feed stays a valid feed.
import { attrOf, isNode, list, textOf, type Dict, type ItemFields } from './feed-fields';
import { PACK_NAMESPACE } from './pack';
import type { RawItem, RawPack } from './raw-item';

/** How many of a repeated element are read: far more than an item keeps (20 tags, 12 captions). */
const READ_AT_MOST = 64;

/** The prefix the root binds to Nurture's namespace ("nurture:" when it binds none to it). */
export function packPrefix(root: Dict): string {
  for (const [key, value] of Object.entries(root)) {
    if (key.startsWith('@_xmlns:') && value === PACK_NAMESPACE) return `${key.slice('@_xmlns:'.length)}:`;
  }
  return 'nurture:';
}

function texts(value: unknown): string[] | undefined {
  const found = list(value)
    .slice(0, READ_AT_MOST)
    .map((element) => textOf(element))
    .filter((text): text is string => text !== undefined);
  return found.length > 0 ? found : undefined;
}

/**
 * `<nurture:pack id="…" version="…" expires="…" campaign="…" short-link="…">Name</nurture:pack>`
 * and the channel's persona/stage elements.
 */
export function xmlPack(channel: Dict, prefix: string): RawPack | undefined {
  const element = list(channel[`${prefix}pack`])[0];
  if (element === undefined) return undefined;
  const pack: RawPack = {};
  const set = (key: keyof RawPack, value: string | string[] | undefined) => value !== undefined && Object.assign(pack, { [key]: value });
  set('name', textOf(element) ?? attrOf(element, 'name'));
  set('id', attrOf(element, 'id'));
  set('version', attrOf(element, 'version'));
  set('expiresAt', attrOf(element, 'expires'));
  set('campaign', attrOf(element, 'campaign'));
  set('shortLink', attrOf(element, 'short-link'));
  set('personas', texts(channel[`${prefix}persona`]));
  set('stages', texts(channel[`${prefix}stage`]));
  return pack;
}

/** An item's or entry's own persona, stage, caption, format and expiry elements. */
export function xmlItemExtras(item: Dict, prefix: string): ItemFields {
  const captions = list(item[`${prefix}caption`])
    .slice(0, READ_AT_MOST)
    .flatMap((element) => {
      const text = textOf(element);
      const language = attrOf(element, 'xml:lang') ?? attrOf(element, 'lang');
      return text === undefined ? [] : [language === undefined ? { text } : { language, text }];
    });
  return {
    personas: texts(item[`${prefix}persona`]),
    stages: texts(item[`${prefix}stage`]),
    captions: captions.length > 0 ? captions : undefined,
    format: textOf(item[`${prefix}format`]),
    expiresAt: textOf(item[`${prefix}expires`]),
  };
}

function strings(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const found = value.slice(0, READ_AT_MOST).filter((entry): entry is string => typeof entry === 'string');
  return found.length > 0 ? found : undefined;
}

/** A JSON Feed item's `_nurture` object: personas, stages, captions, format, expiresAt. */
export function jsonItemExtras(item: Dict): ItemFields {
  const extension = item['_nurture'];
  if (!isNode(extension)) return {};
  const captions: NonNullable<RawItem['captions']> = [];
  for (const caption of Array.isArray(extension['captions']) ? extension['captions'].slice(0, READ_AT_MOST) : []) {
    if (typeof caption === 'string') captions.push({ text: caption });
    else if (isNode(caption) && typeof caption['text'] === 'string') {
      captions.push(
        typeof caption['language'] === 'string' ? { language: caption['language'], text: caption['text'] } : { text: caption['text'] },
      );
    }
  }
  const text = (key: 'format' | 'expiresAt') => {
    const value = extension[key];
    return typeof value === 'string' ? value : undefined;
  };
  return {
    personas: strings(extension['personas']),
    stages: strings(extension['stages']),
    captions: captions.length > 0 ? captions : undefined,
    format: text('format'),
    expiresAt: text('expiresAt'),
  };
}
