// A log spanning 12 weeks for the Insights view: six library items, twelve prospects with
// personas, stage changes along the journey (some stop, one is lost), shares in ten of the
// twelve weeks (two quiet weeks, drawn as zeros) and replies to a third of them, the current
// week included. Deterministic for a given `now`; every time is at or before it. Loaded by a
// restore (backup.import): test/e2e/insights.test.ts and `npm run screenshot` both use it.
import { DB_VERSION } from '../../src/background/db';
import { localTime, weekStart } from '../../src/domain/time/local-date';
import type { ContentItem, Interaction, Prospect, ProspectStage } from '../../src/domain/model';
import { addDays } from '../../src/domain/insights/periods';

const DAY = 86_400_000;
const HOUR = 3_600_000;

const TITLES = [
  'CFO business case: closing the books in three days',
  'Case study: the Lyon plant cut stock-outs by 40%',
  'White paper: pricing in an inflationary year',
  'Webinar replay: forecasting with your CRM data',
  'Checklist: passing a security review',
  'Guide: an ROI model your finance team will trust',
];

const PEOPLE: { name: string; company: string; persona: string; createdWeeksAgo: number; path: ProspectStage[] }[] = [
  {
    name: 'Ada Sample',
    company: 'Acme Analytics',
    persona: 'CFO',
    createdWeeksAgo: 11,
    path: ['awareness', 'consideration', 'evaluation', 'purchase', 'customer', 'advocate'],
  },
  {
    name: 'Bruno Keller',
    company: 'Keller Logistik',
    persona: 'COO',
    createdWeeksAgo: 11,
    path: ['awareness', 'consideration', 'evaluation', 'purchase'],
  },
  {
    name: 'Chloé Martin',
    company: 'Martin & Fils',
    persona: 'CFO',
    createdWeeksAgo: 10,
    path: ['awareness', 'consideration', 'evaluation'],
  },
  { name: 'Dev Patel', company: 'Northwind', persona: 'CIO', createdWeeksAgo: 10, path: ['awareness', 'consideration'] },
  {
    name: 'Eva Lindqvist',
    company: 'Fjord Energy',
    persona: 'Head of Sales',
    createdWeeksAgo: 9,
    path: ['awareness', 'consideration', 'evaluation', 'purchase', 'customer'],
  },
  { name: 'Farid Haddad', company: 'Cedar Bank', persona: 'CFO', createdWeeksAgo: 8, path: ['awareness', 'consideration', 'lost'] },
  { name: 'Grace Okafor', company: 'Lagos Retail', persona: 'COO', createdWeeksAgo: 7, path: ['awareness', 'consideration', 'evaluation'] },
  { name: 'Hugo Dubois', company: 'Dubois Industrie', persona: 'CIO', createdWeeksAgo: 6, path: ['awareness'] },
  { name: 'Ines Costa', company: 'Porto Foods', persona: 'CFO', createdWeeksAgo: 3, path: ['awareness', 'consideration', 'evaluation'] },
  { name: 'Jonas Weber', company: 'Weber Cloud', persona: 'Head of Sales', createdWeeksAgo: 2, path: ['awareness', 'consideration'] },
  { name: 'Keiko Sato', company: 'Sato Robotics', persona: 'COO', createdWeeksAgo: 1, path: ['awareness', 'consideration'] },
  { name: 'Liam Byrne', company: 'Byrne Insurance', persona: 'CFO', createdWeeksAgo: 0, path: ['awareness'] },
];

/** Weeks without any share or reply: the trend must draw them as zeros. */
export const QUIET_WEEKS_AGO = [4, 8];

const slug = (name: string) =>
  `/in/${name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z ]/g, '')
    .replace(/ /g, '-')}-seed`;

export interface InsightsLog {
  content: ContentItem[];
  prospects: Prospect[];
  interactions: Interaction[];
}

export function insightsLog(now: number): InsightsLog {
  const thisMonday = localTime(weekStart(now))!;
  /** A time in the week `weeksAgo` weeks back: `part` (0-1) of the way through it, never after now. */
  const inWeek = (weeksAgo: number, part: number) => {
    if (weeksAgo === 0) return thisMonday + Math.floor((now - thisMonday) * part);
    const monday = addDays(weekStart(now), -7 * weeksAgo);
    return localTime(monday)! + Math.floor(6.5 * DAY * part);
  };
  const content: ContentItem[] = TITLES.map((title, i) => ({
    id: `insights-item-${i + 1}`,
    url: `https://blog.example.com/insights/${i + 1}`,
    title,
    summary: title,
    format: 'article',
    language: 'en',
    topics: [],
    personas: [],
    stages: [],
    captions: [{ language: 'en', text: `A read worth your time: ${title}` }],
    publishedAt: now - 200 * DAY,
    expiresAt: null,
    freshAt: now - 200 * DAY,
    sourceId: null,
    example: false,
    addedAt: now - 120 * DAY,
    updatedAt: now - 120 * DAY,
    curatedAt: null,
  }));
  const interactions: Interaction[] = [];
  const add = (entry: Omit<Interaction, 'id' | 'channel' | 'url' | 'externalId' | 'note' | 'contentId'> & Partial<Interaction>) =>
    interactions.push({
      channel: 'message',
      url: 'https://www.linkedin.com/messaging/thread/2-seed/',
      externalId: null,
      note: '',
      contentId: null,
      ...entry,
      id: interactions.length + 1,
    });

  const prospects: Prospect[] = PEOPLE.map((person) => {
    const id = slug(person.name);
    const createdAt = inWeek(person.createdWeeksAgo, 0.05);
    // Stage changes spread evenly between the day they were added and now.
    const step = (now - createdAt) / (person.path.length + 1);
    person.path
      .slice(1)
      .forEach((stage, i) =>
        add({ at: Math.floor(createdAt + (i + 1) * step), kind: 'stage', prospectId: id, stageFrom: person.path[i]!, stageTo: stage }),
      );
    return {
      id,
      name: person.name,
      headline: `${person.persona} at ${person.company}`,
      company: person.company,
      persona: person.persona,
      stage: person.path[person.path.length - 1]!,
      tags: [],
      notes: '',
      nextFollowUp: null,
      createdAt,
      lastContactAt: null,
      lastReplyAt: null,
    };
  });

  let replies = 0;
  for (let weeksAgo = 11; weeksAgo >= 0; weeksAgo--) {
    if (QUIET_WEEKS_AGO.includes(weeksAgo)) continue;
    // Only people already added that week, so each share follows its prospect's creation.
    const known = PEOPLE.map((person, i) => ({ person, i })).filter(({ person }) => person.createdWeeksAgo >= weeksAgo);
    const count = 2 + ((weeksAgo * 7) % 4);
    for (let j = 0; j < count; j++) {
      const { i } = known[(weeksAgo * 3 + j) % known.length]!;
      const at = inWeek(weeksAgo, 0.2 + (0.6 * j) / count);
      const item = content[(weeksAgo + j * 2) % content.length]!;
      add({ at, kind: 'shared', status: 'sent', prospectId: prospects[i]!.id, contentId: item.id });
      if ((weeksAgo + j) % 3 === 0) {
        // A reply within the day (in the current week: halfway between the share and now).
        const replyAt = weeksAgo === 0 ? at + Math.floor((now - at) / 2) : at + (4 + j) * HOUR;
        add({ at: replyAt, kind: 'replied', prospectId: prospects[i]!.id, externalId: `linkedin:seed-reply-${++replies}` });
      }
    }
  }
  interactions.sort((a, b) => a.at - b.at).forEach((entry, i) => (entry.id = i + 1));
  return { content, prospects, interactions };
}

/** The log as a backup file: restored with backup.import (mode 'replace'). */
export function insightsBackup(now: number): string {
  const { content, prospects, interactions } = insightsLog(now);
  return JSON.stringify({
    nurture: 'backup',
    schemaVersion: DB_VERSION,
    exportedAt: now,
    stores: { content, sources: [], prospects, interactions, settings: [] },
  });
}
