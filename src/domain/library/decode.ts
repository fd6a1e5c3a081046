// Bytes of a fetched or uploaded feed to text. Pure: TextDecoder exists in service workers,
// pages and Node alike, and knows every WHATWG encoding (windows-1252, ISO-8859-x, UTF-16...).

/** A decoder for `label`, or undefined when the label is unknown or not worth trusting. */
function decoderFor(label: string | undefined): TextDecoder | undefined {
  if (!label) return undefined;
  try {
    const decoder = new TextDecoder(label.trim());
    // WHATWG maps a few dangerous legacy labels (ISO-2022-KR...) to "replacement", which
    // turns the whole text into U+FFFD: UTF-8 is a far better guess.
    return decoder.encoding === 'replacement' ? undefined : decoder;
  } catch {
    return undefined;
  }
}

/** The encoding the byte-order mark announces; it beats every label (WHATWG and XML agree). */
function bomEncoding(bytes: Uint8Array): string | undefined {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return 'utf-8';
  if (b0 === 0xff && b1 === 0xfe) return 'utf-16le';
  if (b0 === 0xfe && b1 === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * UTF-16 XML without a BOM still starts with "<?" in two-byte units, which tells both the
 * encoding and the byte order (XML 1.0, appendix F).
 */
function utf16WithoutBom(bytes: Uint8Array): string | undefined {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0x3c && b1 === 0x00 && b2 === 0x3f && b3 === 0x00) return 'utf-16le';
  if (b0 === 0x00 && b1 === 0x3c && b2 === 0x00 && b3 === 0x3f) return 'utf-16be';
  return undefined;
}

const PROLOG_ENCODING = /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([A-Za-z][A-Za-z0-9._:-]*)["']/;

/** The `encoding="..."` of an `<?xml ...?>` prolog, read as ASCII from the first bytes. */
function prologEncoding(bytes: Uint8Array): string | undefined {
  // The prolog is ASCII in every ASCII-compatible encoding, and it is short.
  const head = String.fromCharCode(...bytes.subarray(0, 256));
  return PROLOG_ENCODING.exec(head)?.[1];
}

// windows-1252 bytes 0x80-0x9F (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ). Node 20's
// TextDecoder decodes them as C1 control characters, like ISO-8859-1; browsers do not. The five
// bytes windows-1252 leaves undefined map to themselves, as the WHATWG index says.
const WINDOWS_1252_C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWith(decoder: TextDecoder, bytes: Uint8Array): string {
  const text = decoder.decode(bytes);
  if (decoder.encoding !== 'windows-1252') return text;
  // Idempotent where the decoder is right: it never yields C1 characters but the five undefined ones.
  return text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80] ?? c);
}

function isUtf16(decoder: TextDecoder): boolean {
  return decoder.encoding === 'utf-16le' || decoder.encoding === 'utf-16be';
}

/**
 * Decodes a feed's bytes: a BOM wins; else `charset` (from an HTTP Content-Type) when
 * TextDecoder knows it; else the XML prolog's encoding; else UTF-8. Unknown labels fall back
 * to UTF-8, or to windows-1252 when the bytes are not valid UTF-8 (what browsers do).
 */
export function decodeText(bytes: Uint8Array, charset?: string): string {
  const bom = bomEncoding(bytes);
  if (bom) return new TextDecoder(bom).decode(bytes);

  const fromHeader = decoderFor(charset);
  if (fromHeader) return decodeWith(fromHeader, bytes);

  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes);

  const fromProlog = decoderFor(prologEncoding(bytes));
  // A prolog we could read as ASCII cannot be UTF-16, whatever it claims (a common lie of
  // converted files): decoding it as UTF-16 would garble everything.
  if (fromProlog && !isUtf16(fromProlog)) return decodeWith(fromProlog, bytes);

  return utf8OrWindows1252(bytes);
}

/**
 * No BOM, no charset, no prolog: UTF-8 when the bytes are valid UTF-8, else windows-1252, as
 * browsers guess for a legacy page. Real ISO-8859-1 feeds come this way (a Brazilian news feed
 * with no prolog): decoded as UTF-8 their accents became U+FFFD. Valid UTF-8 is almost never
 * legacy text by accident (an accented Latin-1 letter is not a UTF-8 lead byte followed by a
 * continuation byte in any real word).
 */
function utf8OrWindows1252(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWith(new TextDecoder('windows-1252'), bytes);
  }
}

/** The charset parameter of a Content-Type header (`text/xml; charset="ISO-8859-1"`), if any. */
export function charsetFromContentType(header: string | null): string | undefined {
  if (!header) return undefined;
  const match = /;\s*charset\s*=\s*(?:"([^"]*)"|([^;\s]*))/i.exec(header);
  const value = (match?.[1] ?? match?.[2] ?? '').trim();
  return value === '' ? undefined : value;
}
