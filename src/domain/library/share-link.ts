// The link a prospect reads (docs/links.md): the article tagged for the company's analytics, or
// the team's own short link filled for the item. Pure: the services and the settings form hand
// it the item, the settings and the item's pack, and everything says the same link.
import type { LinkChannel } from '../model';
import { contentSlug, tagUrl, type UtmSettings } from './urls';

/** What a short-link pattern may say, as `{name}`: the item's utm_content, its id, the campaign, the rep id. */
export const SHORT_LINK_VARIABLES = ['content', 'id', 'campaign', 'rep'] as const;
export type ShortLinkVariable = (typeof SHORT_LINK_VARIABLES)[number];
export const SHORT_LINK_MAX = 300;

const VARIABLE = /\{([^{}]*)\}/g;
const isVariable = (name: string): name is ShortLinkVariable => (SHORT_LINK_VARIABLES as readonly string[]).includes(name);

/**
 * Why `pattern` cannot be a short link ("is not an https:// address"), or null when it can: an https address on a fixed host (a
 * variable never chooses where the link goes), only known variables, and one that names the
 * item ({content} or {id}: a link every item shares would credit nothing and confirm any draft).
 */
export function shortLinkProblem(pattern: string): string | null {
  if (pattern.length > SHORT_LINK_MAX) return `is longer than ${SHORT_LINK_MAX} characters`;
  if (/\s/.test(pattern)) return 'contains a space';
  const authority = /^https:\/\/([^/?#]*)/i.exec(pattern);
  if (!authority) return 'is not an https:// address';
  if (/[{}@]/.test(authority[1]!) || authority[1] === '') return 'must write its host out, without a variable';
  const names = [...pattern.matchAll(VARIABLE)].map((match) => match[1]!);
  const unknown = names.find((name) => !isVariable(name));
  const expected = SHORT_LINK_VARIABLES.map((name) => `{${name}}`).join(', ');
  if (unknown !== undefined) return `names {${unknown.slice(0, 20)}}, which is not a variable (expected ${expected})`;
  if (/[{}]/.test(pattern.replace(VARIABLE, ''))) return 'has a brace that is not closed';
  if (!names.includes('content') && !names.includes('id')) return 'names neither {content} nor {id}: each item needs its own link';
  return fillShortLink(pattern, { content: 'x', id: 'x', campaign: 'x', rep: 'x' }) === null ? 'is not a valid address once filled' : null;
}

/**
 * The pattern with each variable replaced by its value, percent-encoded. A query parameter whose
 * whole value is a variable that is empty here (no campaign, no rep id in this channel) is left
 * out. Null when the result is not an https address on the pattern's host.
 */
export function fillShortLink(pattern: string, values: Readonly<Record<ShortLinkVariable, string>>): string | null {
  const fill = (text: string) =>
    text.replace(VARIABLE, (whole, name: string) => (isVariable(name) ? encodeURIComponent(values[name]) : whole));
  const hashAt = pattern.indexOf('#');
  const beforeHash = hashAt === -1 ? pattern : pattern.slice(0, hashAt);
  const hash = hashAt === -1 ? '' : pattern.slice(hashAt);
  const queryAt = beforeHash.indexOf('?');
  const path = queryAt === -1 ? beforeHash : beforeHash.slice(0, queryAt);
  const pairs = queryAt === -1 ? [] : beforeHash.slice(queryAt + 1).split('&');
  const kept = pairs.filter((pair) => {
    const whole = /^[^=]*=\{([^{}]*)\}$/.exec(pair);
    return !(whole && isVariable(whole[1]!) && values[whole[1]] === '');
  });
  const filled = fill(path) + (kept.length > 0 ? `?${kept.map(fill).join('&')}` : '') + fill(hash);
  try {
    const url = new URL(filled);
    const host = new URL(pattern.replace(VARIABLE, 'x')).host;
    return url.protocol === 'https:' && url.host === host && !url.username && !url.password ? url.href : null;
  } catch {
    return null;
  }
}

/** What a link reads of the settings (src/domain/settings.ts). */
export interface LinkSettings {
  utmEnabled: boolean;
  utmSource: string;
  utmMedium: string;
  campaign: string;
  repId: string;
  repIdChannels: readonly LinkChannel[] | unknown;
  repParam: string;
  shortLink: string;
}

/** What a team pack may say of its links; each wins over the settings when set. */
export interface PackLinks {
  campaign?: string | undefined;
  shortLink?: string | undefined;
}

/**
 * The tagging of a link shared through `channel`: the pack's campaign, else the settings'; the
 * rep id only when the user chose that channel for it. A stored value that is not a list (a
 * hand-edited backup) chooses none.
 */
export function linkUtm(settings: LinkSettings, pack: PackLinks | undefined, channel: LinkChannel): UtmSettings {
  const chosen: unknown = settings.repIdChannels;
  const withRepId = Array.isArray(chosen) && chosen.includes(channel);
  return {
    enabled: settings.utmEnabled,
    source: settings.utmSource,
    medium: settings.utmMedium,
    campaign: pack?.campaign || settings.campaign,
    repId: withRepId ? settings.repId : '',
    repParam: settings.repParam,
  };
}

/**
 * The link inserted or copied for `item` through `channel`: the pack's short-link pattern (else
 * the settings') filled when there is one that fills, else the article's address with its UTM
 * parameters (utm_content: the item's slug, or the share's click token).
 */
export function shareLink(
  item: { id: string; url: string },
  settings: LinkSettings,
  pack: PackLinks | undefined,
  channel: LinkChannel,
  /** A per-share click token (settings.clickTokens) in place of the item's slug. */
  token?: string,
): string {
  const utm = linkUtm(settings, pack, channel);
  const content = token ?? contentSlug(item.url, item.id);
  const pattern = pack?.shortLink || settings.shortLink;
  if (pattern && shortLinkProblem(pattern) === null) {
    const short = fillShortLink(pattern, { content, id: item.id, campaign: utm.campaign, rep: utm.repId });
    if (short !== null) return short;
  }
  return tagUrl(item.url, utm, content);
}
