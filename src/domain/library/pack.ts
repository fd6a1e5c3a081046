// Team library packs: a file or feed may declare one (docs/library-format.md, "Team packs").
// The pack is read and checked here, the same way from every format; a pack that cannot be
// read refuses the whole file (a pack meant to expire must never be imported as evergreen).
import { parseDate } from '../time/dates';
import { PACK_ID_MAX, PACK_NAME_MAX, PACK_VERSION_MAX, type Pack, type Source, type Stage } from '../model';
import { squashUpTo } from '../text/html-text';
import { SHORT_LINK_MAX, shortLinkProblem } from './share-link';
import { fold, truncate } from '../text/fold';
import { ParseError, type RawPack } from './raw-item';
import { readStage, STAGE_NAMES } from './vocabulary';

/** The XML namespace of Nurture's feed elements (RSS and Atom), bound to any prefix at the root. */
export const PACK_NAMESPACE = 'https://nurture-selling.app/ns/pack/1';

const ID = /^[a-z0-9][a-z0-9._-]*$/;
/** A campaign as the settings take it (a utm_ value): letters, digits, ".", "_" and "-". */
const CAMPAIGN = /^[A-Za-z0-9_.-]{1,64}$/;

/** "CFO pack — Q3 2026" -> "cfo-pack-q3-2026": the id of a pack that gives only its name. */
export function packIdOf(name: string): string {
  return fold(name.slice(0, PACK_NAME_MAX * 2))
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, PACK_ID_MAX)
    .replace(/-+$/, '');
}

/** Distinct trimmed values, each and all bounded (as item tags are). */
function bounded(values: readonly string[] | undefined, each: number, most: number): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const value of values ?? []) {
    const tag = squashUpTo(value, each).slice(0, each);
    if (!tag || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    kept.push(tag);
    if (kept.length === most) break;
  }
  return kept;
}

const fail = (reason: string) => new ParseError(`the pack ${reason}: nothing was imported`);

/** The declared pack, checked; throws ParseError when it has no name or id, or its dates or stages cannot be read. */
export function readPack(raw: RawPack): Pack {
  const name = squashUpTo(raw.name ?? '', PACK_NAME_MAX).slice(0, PACK_NAME_MAX);
  const declaredId = squashUpTo(raw.id ?? '', PACK_ID_MAX + 1).toLowerCase();
  if (declaredId && (declaredId.length > PACK_ID_MAX || !ID.test(declaredId))) {
    throw fail(`id "${truncate(declaredId, 40)}" is not one word of letters, digits, ".", "_" or "-" (up to ${PACK_ID_MAX})`);
  }
  const id = declaredId || packIdOf(name);
  if (!id) throw fail('has no name and no id');
  const expiresAt = parseDate(raw.expiresAt?.slice(0, 64));
  if (raw.expiresAt?.trim() && expiresAt === null) throw fail(`expiry "${truncate(raw.expiresAt, 40)}" is not a date`);
  const stages: Stage[] = [];
  for (const word of bounded(raw.stages, 60, 20)) {
    const stage = readStage(word);
    if (!stage) throw fail(`stage "${word}" is unknown (expected: ${STAGE_NAMES.join(', ')})`);
    if (!stages.includes(stage)) stages.push(stage);
  }
  const pack: Pack = {
    id,
    name: name || id,
    version: squashUpTo(raw.version ?? '', PACK_VERSION_MAX).slice(0, PACK_VERSION_MAX),
    expiresAt,
    personas: bounded(raw.personas, 60, 20),
    stages,
  };
  // The links' campaign and short link: one a link cannot carry refuses the file, like a bad expiry
  // (the team meant its links to be counted under them).
  const campaign = raw.campaign?.trim().slice(0, 65) ?? '';
  if (campaign && !CAMPAIGN.test(campaign))
    throw fail(`campaign "${truncate(campaign, 40)}" is not one word of letters, digits, ".", "_" or "-" (up to 64)`);
  if (campaign) pack.campaign = campaign;
  const shortLink = raw.shortLink?.trim().slice(0, SHORT_LINK_MAX + 1) ?? '';
  const problem = shortLink ? shortLinkProblem(shortLink) : null;
  if (problem !== null) throw fail(`short link "${truncate(shortLink, 60)}" ${problem}`);
  if (shortLink) pack.shortLink = shortLink;
  return pack;
}

/**
 * Each pack as the source imported last carries it. Two sources may carry the same pack (a file
 * and a feed): the one imported last says what it is (its expiry, campaign and short link), as a
 * re-import would.
 */
export function latestPacks(sources: readonly Source[]): Map<string, Pack> {
  const carrying = sources
    .filter((source) => source.pack !== undefined)
    .sort((a, b) => (a.lastSync?.at ?? a.addedAt) - (b.lastSync?.at ?? b.addedAt));
  const packs = new Map<string, Pack>();
  for (const source of carrying) if (source.pack) packs.set(source.pack.id, source.pack);
  return packs;
}

/** The pack `id` as `latestPacks` reads it; undefined for no pack or one no source carries. */
export function packById(sources: readonly Source[], id: string | undefined): Pack | undefined {
  return id === undefined ? undefined : latestPacks(sources).get(id);
}

/** Each pack's expiry, from the source imported last that carries it (see latestPacks). */
export function packExpiries(sources: readonly Source[]): Map<string, number | null> {
  return new Map([...latestPacks(sources)].map(([id, pack]) => [id, pack.expiresAt]));
}
