// The values the library's filters offer: every persona, topic and language its items carry.
import type { NurtureDb } from '../db';

/** Personas and topics once each whatever their case (one of their spellings is shown), sorted. */
export async function libraryFacets(db: NurtureDb): Promise<{ personas: string[]; topics: string[]; languages: string[] }> {
  const personas = new Map<string, string>();
  const topics = new Map<string, string>();
  const languages = new Set<string>();
  for (const item of await db.getAll('content')) {
    for (const persona of item.personas) personas.set(persona.toLowerCase(), persona);
    for (const topic of item.topics) topics.set(topic.toLowerCase(), topic);
    languages.add(item.language);
  }
  const sorted = (values: Iterable<string>) => [...values].sort((a, b) => a.localeCompare(b));
  return { personas: sorted(personas.values()), topics: sorted(topics.values()), languages: sorted(languages) };
}
