// Canonical URLs (one item per article, whatever tracking it was shared with) and UTM tagging
// (so the company's analytics can credit visits to the salesperson, campaign and item).
import { fold } from '../text/fold';

/** Query parameters that only track a click: dropped from canonical URLs. */
const TRACKING = [
  /^utm_/i,
  /^(fbclid|gclid|gclsrc|dclid|msclkid|twclid|li_fat_id|yclid|wbraid|gbraid|igshid|mc_cid|mc_eid|_hsenc|_hsmi|__hstc|__hssc|__hsfp|hsctatracking|mkt_tok|trk|trkcampaign|trkinfo|ref_src|ref_url|spm|vero_id|oly_anon_id|oly_enc_id|rb_clickid|s_cid|wt\.mc_id|cmpid|_ga|_gl)$/i,
  // Medium appends ?source=rss----<id>---4 and friends.
  /^source$/i,
];

function isTracking(name: string, value: string): boolean {
  if (name.toLowerCase() === 'source') return /^(rss|email|twitter|linkedin|collection_home|post_page)/i.test(value);
  return TRACKING.some((pattern) => pattern.test(name));
}

/** The absolute http(s) URL, or null when `href` is not one (javascript:, mailto:, junk). */
export function parseHttpUrl(href: string, base?: string): URL | null {
  try {
    const url = base ? new URL(href.trim(), base) : new URL(href.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

/**
 * Host lower-cased, default port, fragment and tracking parameters dropped, "www." kept
 * (some sites serve different content without it). Returns null for non-http(s) URLs.
 */
export function canonicalUrl(href: string, base?: string): string | null {
  const url = parseHttpUrl(href, base);
  if (!url) return null;
  url.hash = '';
  url.username = '';
  url.password = '';
  const kept = [...url.searchParams].filter(([name, value]) => !isTracking(name, value));
  url.search = '';
  for (const [name, value] of kept) url.searchParams.append(name, value);
  // "https://x.com/a?" and "https://x.com/a" are the same article.
  return url.href.replace(/\?$/, '');
}

export interface UtmSettings {
  enabled: boolean;
  source: string;
  medium: string;
  campaign: string;
  /** The salesperson's short id and the parameter that carries it (utm_term by default). */
  repId: string;
  repParam: string;
}

/**
 * Adds utm_source, utm_medium, utm_campaign, utm_content and the rep's id to a link.
 * A parameter the URL already has is left as it is: never duplicated, never overwritten.
 */
export function tagUrl(href: string, utm: UtmSettings, content: string): string {
  if (!utm.enabled) return href;
  const url = parseHttpUrl(href);
  if (!url) return href;
  const wanted: [string, string][] = [
    ['utm_source', utm.source],
    ['utm_medium', utm.medium],
    ['utm_campaign', utm.campaign],
    ['utm_content', content],
    [utm.repParam, utm.repId],
  ];
  const present = new Set([...url.searchParams.keys()].map((name) => name.toLowerCase()));
  for (const [name, value] of wanted) {
    if (!name || !value || present.has(name.toLowerCase())) continue;
    url.searchParams.append(name, value);
    present.add(name.toLowerCase());
  }
  return url.href;
}

/** A readable utm_content for an item: the last path segment of its URL ("five-questions-cfos-ask"). */
export function contentSlug(href: string, fallback: string): string {
  const url = parseHttpUrl(href);
  const segment = url?.pathname.split('/').filter(Boolean).pop() ?? '';
  const slug = fold(decodeURIComponentSafe(segment).replace(/\.[a-z0-9]{1,5}$/i, ''))
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || fallback;
}

/** decodeURIComponent, or the text as it is when it is no valid percent-encoding (a stray %). */
export function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A short stable id from a string (two 32-bit hashes): item ids from canonical URLs. */
export function stableId(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x9747b28c ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return (a >>> 0).toString(36).padStart(7, '0') + (b >>> 0).toString(36).padStart(7, '0');
}

/** LinkedIn's public share-offsite dialog for a link: the user writes and posts there. */
export function linkedInShareUrl(link: string): string {
  return `https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(link)}`;
}
