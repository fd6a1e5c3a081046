// What every CRM file is written from: a tracked person, and one entry of their log with what it
// names, plus the rules the three CRMs share (the match key, the name split, the job title, the
// text of an activity). Pure. Column names are each CRM's own, in its module; they are data, not
// UI text, and stay in English whatever the browser's language.
import { csvHead, csvRow, type CsvFormat } from '../csv/write';
import type { Channel, InteractionKind, Prospect, ProspectStage } from '../model';
import { nameParts } from '../people/name-parts';
import { profileUrl } from '../people/profile-ids';

export const CRMS = ['hubspot', 'salesforce', 'pipedrive'] as const;
export type Crm = (typeof CRMS)[number];
/** The two files each CRM gets: the people, and their activity linked to them. */
export const CRM_FILES = ['people', 'activity'] as const;
export type CrmFile = (typeof CRM_FILES)[number];

/** One log entry that names a tracked person, with what it refers to. Drafts never come here. */
export interface CrmEntry {
  at: number;
  kind: InteractionKind;
  channel: Channel;
  prospect: Prospect;
  contentTitle: string | null;
  contentUrl: string | null;
  /** The LinkedIn page it happened on. */
  pageUrl: string | null;
  note: string;
  stageFrom?: ProspectStage | undefined;
  stageTo?: ProspectStage | undefined;
}

/**
 * Whether the file starts with the BOM and header row. The separator is always a comma: the
 * three importers read comma-separated UTF-8 (docs/crm-export.md); the user's ";" is for Excel.
 */
export interface CrmChunk {
  header: boolean;
  bom: boolean;
}

/** A CRM's writer: the header and rows of its two files. */
export interface CrmWriter {
  people: { columns: readonly string[]; row: (prospect: Prospect) => string[] };
  activity: { columns: readonly string[]; row: (entry: CrmEntry) => string[] };
}

/** Rows through the one CSV writer (RFC 4180, formula cells neutralised), comma-separated. */
export function writeRows<T>(
  file: { columns: readonly string[]; row: (record: T) => string[] },
  records: readonly T[],
  chunk: CrmChunk,
): string {
  const format: CsvFormat = { separator: ',', bom: chunk.bom };
  let text = chunk.header ? csvHead(file.columns, format) : '';
  for (const record of records) text += csvRow(file.row(record), format.separator);
  return text;
}

/** The match key everywhere: https://www.linkedin.com/in/<slug>/, built and host-checked. */
export const matchKey = (prospect: Prospect): string => profileUrl(prospect.id) ?? '';

/**
 * First and last name for a CRM record, by the message templates' rule (src/domain/people/name-parts.ts).
 * What the rule cannot split (a name in Chinese, Japanese or Korean script) goes whole into the
 * last name: a CRM record is never nameless. With `lastRequired` (Salesforce), a single word ("Ada")
 * becomes the last name, since that field is the one the CRM requires.
 */
export function crmName(fullName: string, lastRequired: boolean): { firstName: string; lastName: string } {
  const parts = nameParts(fullName);
  if (!parts.firstName && !parts.lastName) return { firstName: '', lastName: fullName.trim() };
  if (lastRequired && !parts.lastName) return { firstName: '', lastName: parts.firstName };
  return parts;
}

const SEGMENT = /\s[|•·–—]\s|\s-\s|\s\|/;

/**
 * The job title in a LinkedIn headline: its first part ("CFO | Speaker" → "CFO"), without
 * " at <company>", " @ <company>" or " chez <company>" when that is the person's company
 * ("Head of Procurement at ACME" → "Head of Procurement"). At most `max` characters.
 */
export function jobTitle(headline: string, company: string, max = 128): string {
  let title = headline.split(SEGMENT)[0]!.trim();
  const at = /\s(?:at|@|chez)\s+(.+)$/i.exec(title);
  if (at && company.trim() && at[1]!.trim().toLowerCase() === company.trim().toLowerCase()) title = title.slice(0, at.index).trim();
  return title.slice(0, max);
}

const CHANNEL_WORDS: Record<Channel, string> = {
  message: 'a LinkedIn message',
  inmail: 'a Sales Navigator InMail',
  post: 'a LinkedIn post',
  comment: 'a LinkedIn comment',
  other: 'LinkedIn',
};

/** A one-line title for the activity, in English (a CRM's data, like its column names). */
export function activitySubject(entry: CrmEntry): string {
  switch (entry.kind) {
    case 'shared':
    case 'posted':
      return `Shared "${entry.contentTitle ?? 'a link'}" in ${CHANNEL_WORDS[entry.channel]}`;
    case 'replied':
      return 'Replied on LinkedIn';
    case 'stage':
      return `Buying stage: ${entry.stageFrom ?? '?'} → ${entry.stageTo ?? '?'}`;
    default:
      return entry.kind[0]!.toUpperCase() + entry.kind.slice(1);
  }
}

/** The activity's full text: its subject, the item's link, the LinkedIn page, the note. */
export function activityBody(entry: CrmEntry): string {
  return [activitySubject(entry), entry.contentUrl, entry.pageUrl && `LinkedIn page: ${entry.pageUrl}`, entry.note]
    .filter((part) => part)
    .join('\n');
}

/** "2026-11-22": the day in UTC (a due date has no time). */
export const utcDay = (time: number): string => new Date(time).toISOString().slice(0, 10);
/** "2026-11-22T09:05:00Z": the instant in UTC, which every importer reads the same way. */
export const utcInstant = (time: number): string => `${new Date(time).toISOString().slice(0, 19)}Z`;
