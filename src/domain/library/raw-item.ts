// What every importer (RSS, Atom, JSON Feed, CSV, our JSON) produces before the library
// normalises it: strings as found, nothing trusted yet. Pure types, no browser API.
import type { Pack } from '../model';

export interface RawItem {
  /** Where the item came from, for error messages: "line 12" (CSV), "item 3" (feeds, JSON). */
  where: string;
  /** The feed's own id (RSS guid, Atom id, JSON Feed id), if any. */
  id?: string;
  /** Absolute URL when the importer could resolve it against the document's base; else as found. */
  url?: string;
  title?: string;
  /** Plain text or HTML, as found: the library reduces it to safe text. */
  summary?: string;
  /** True when `summary` is HTML (RSS description, Atom type="html", JSON Feed content_html). */
  summaryIsHtml?: boolean;
  format?: string;
  language?: string;
  topics?: string[];
  personas?: string[];
  stages?: string[];
  captions?: { language?: string; text: string }[];
  /** Date as found (RFC 822, ISO 8601, ...); the library parses it. */
  publishedAt?: string;
  expiresAt?: string;
}

/** A team pack as a file or feed declares it, strings as found (src/domain/library/pack.ts reads it). */
export interface RawPack {
  id?: string;
  name?: string;
  version?: string;
  expiresAt?: string;
  /** Pack-wide "recommended for": items that name none of their own get these. */
  personas?: string[];
  stages?: string[];
  /** utm_campaign and short-link pattern of its items' links (docs/links.md). */
  campaign?: string;
  shortLink?: string;
}

export interface Rejection {
  where: string;
  reason: string;
}

export interface ParsedFile {
  kind: 'rss' | 'atom' | 'json-feed' | 'json' | 'csv';
  /** The feed or file's own title, when it has one. */
  title?: string;
  /** The feed's language (RSS <language>, Atom xml:lang, JSON Feed language), if any. */
  language?: string;
  /** The team pack the file or feed carries, read and checked (pack.ts); absent: none. */
  pack?: Pack;
  items: RawItem[];
  /** Items the parser could already tell were unusable, with the reason. */
  rejected: Rejection[];
  /**
   * What the file holds that Nurture does not read, named for the report: fields of our JSON
   * ("items.author"), columns of a CSV. Absent: nothing (feeds carry much we never read).
   */
  ignored?: string[];
}

/** The whole file cannot be read: nothing of it is imported. */
export class ParseError extends Error {
  constructor(
    message: string,
    /** "line 3", "byte 120", ... when known. */
    readonly where?: string,
  ) {
    super(where ? `${where}: ${message}` : message);
    this.name = 'ParseError';
  }
}
