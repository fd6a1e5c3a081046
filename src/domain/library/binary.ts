// Tells a file that is not text (an image, an archive, a spreadsheet, UTF-16 read as UTF-8)
// from a feed, a library file or a backup, so the user hears "this is a PNG image" instead of a
// parser's complaint about line 1. Works on decoded text: every import path decodes first.

const SIGNATURES: readonly (readonly [RegExp, string])[] = [
  // 0x89 decodes as U+FFFD (UTF-8), U+0089 (latin1) or ‰ (windows-1252).
  [/^[\uFFFD\u0089\u2030]PNG\r\n\u001a\n/, 'a binary file (a PNG image)'],
  [/^GIF8[79]a/, 'a binary file (a GIF image)'],
  [/^%PDF-/, 'a binary file (a PDF document)'],
  [/^PK\u0003\u0004/, 'a binary file (a ZIP archive, such as an Excel .xlsx: save it as CSV first)'],
  [/^\u001f[\uFFFD\u008b\u2039]/, 'a binary file (gzip-compressed: unpack it first)'],
];

const SAMPLE = 4096;

/**
 * What the text is when it is not text, in words that end "this is ...", or null for text.
 * Text files never hold NUL, and hold few control characters; decoded binary is full of them.
 */
export function binaryKind(text: string): string | null {
  const sample = text.slice(0, SAMPLE);
  for (const [signature, kind] of SIGNATURES) if (signature.test(sample)) return kind;
  if (sample.length === 0) return null;
  let nul = 0;
  let control = 0;
  let replacement = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code === 0) nul++;
    else if (
      (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0b && code !== 0x0c && code !== 0x0d) ||
      (code >= 0x7f && code <= 0x9f)
    )
      control++;
    else if (code === 0xfffd) replacement++;
  }
  // UTF-16 text decoded as UTF-8: every other character of ASCII text is a NUL.
  if (nul * 4 >= sample.length && nul * 3 <= sample.length * 2 && control * 10 < sample.length)
    return 'UTF-16 text, which Nurture cannot read here: save the file as UTF-8 and try again';
  if (nul > 0 || control * 20 > sample.length || (control > 0 && (control + replacement) * 4 > sample.length))
    return 'a binary file, not text';
  if (replacement * 10 > sample.length) return 'text in an encoding Nurture cannot tell: save the file as UTF-8 and try again';
  return null;
}

/** Input quoted in a message: one line, no control characters, short. */
export function printable(text: string, max = 40): string {
  const line = text
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/\s+/g, ' ');
  return line.length <= max ? line : `${line.slice(0, max - 1)}…`;
}
