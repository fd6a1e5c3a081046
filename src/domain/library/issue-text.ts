// Valibot's issues in words for the person who wrote the file: "Invalid key: Expected "url" but
// received undefined" becomes "url is missing". Shared by the library JSON and backup readers.
import type { BaseIssue } from 'valibot';
import { printable } from './binary';

/** "url is missing", "title: expected string, found 5", "publishedAt: an ISO 8601 date..." */
export function issueText(issue: BaseIssue<unknown>, path: string | null): string {
  const where = path === null || path === '' ? 'the file' : printable(path, 80);
  if (issue.received === 'undefined') return `${where} is missing`;
  if (issue.kind === 'schema')
    return `${where}: expected ${printable(issue.expected ?? 'another type', 80)}, found ${printable(issue.received, 40)}`;
  return `${where}: ${printable(issue.message.replace(/^Invalid (\w+): Expected/, '$1 should be').replace(/ but received /, ', found '), 160)}`;
}
