// JSON.parse's errors in plain words. V8 quotes the input ("Unexpected token 'x', "xyz..." is
// not valid JSON") and counts characters; people need a line, and to know when a file was cut short.
import { lineAt } from '../text/fold';
import { printable } from './binary';
import { ParseError } from './raw-item';

/**
 * The ParseError for `error`, thrown by JSON.parse(`text`). `skippedLines` are lines the caller
 * removed before parsing, so the line number matches the file.
 */
export function jsonError(text: string, error: unknown, skippedLines = 0): ParseError {
  const message = error instanceof Error ? error.message : String(error);
  const position = Number(/\bposition (\d+)/.exec(message)?.[1] ?? Number.NaN);
  const end = text.trimEnd().length;
  // A download or upload stopped early: the parser ran out of text while a value was still open.
  if (/end of JSON input/i.test(message) || position >= end) {
    return new ParseError(
      'not valid JSON: the file is cut short (it ends in the middle of the data)',
      `line ${lineAt(text, end) + skippedLines}`,
    );
  }
  const detail = printable(
    message
      .replace(/,\s*".*" is not valid JSON$/s, '')
      .replace(/\s*in JSON at position \d+.*$/s, '')
      .replace(/\s*at position \d+.*$/s, '')
      .replace(/^JSON\.parse:?\s*/, ''),
    120,
  );
  const where = Number.isNaN(position) ? undefined : `line ${lineAt(text, position) + skippedLines}`;
  return new ParseError(`not valid JSON (${detail || 'unreadable'})`, where);
}
