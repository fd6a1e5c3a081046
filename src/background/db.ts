// The database: its typed schema and its numbered migrations. Only the background opens it.
// Every store holds one record type (issue 29), named in src/contract/stores.ts with its category
// (the user's data, derived, imported, this device's own); record types come from src/domain/,
// never from a service, so this module depends on no code that reads or writes the stores.
import { openDB, unwrap, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { ContentItem, Interaction, Prospect, Source } from '../domain/model';
import type { OnboardingChoices, RepliesSeen, SummaryMeta, TeamIdentity } from '../domain/records';
import type { Settings } from '../domain/settings';
import type { StoreName } from '../contract/stores';
import type { Contribution, WeekCells } from '../domain/insights/metrics-cells';
import type { ManagedPolicy } from '../domain/policy/managed-policy';
import type { ClickImport } from '../domain/analytics/clicks';

export const DB_NAME = 'nurture';

/** The key of the one record of the 'replies-seen' store. */
export const REPLIES_SEEN_KEY = 'replies-seen';

/**
 * The schema: each store's key, record type and indexes. The stores of one record (settings,
 * onboarding, team-identity, replies-seen, managed-policy, insight-meta) keep it under a constant
 * key, the one it had in the settings or insight-weeks store before schema 5.
 */
export interface NurtureSchema extends DBSchema {
  content: {
    key: string;
    value: ContentItem;
    indexes: { 'by-url': string; 'by-fresh': number; 'by-source': string };
  };
  sources: { key: string; value: Source };
  prospects: {
    key: string;
    value: Prospect;
    indexes: { 'by-stage': string; 'by-follow-up': number; 'by-member': string; 'by-last-contact': number; 'by-sales-lead': string };
  };
  interactions: {
    key: number;
    value: Interaction;
    indexes: {
      'by-at': number;
      'by-prospect-at': [string, number];
      'by-content': string;
      'by-kind-at': [string, number];
      'by-external-id': string;
    };
  };
  /** The settings record, key "user" (SETTINGS_KEY, shared/backup-format.ts; read by settings/service.ts): the user's own, before the policy. */
  settings: { key: string; value: Settings };
  /** The first run's choices, key "onboarding" (ONBOARDING_KEY, onboarding/service.ts). */
  onboarding: { key: string; value: OnboardingChoices };
  /** The install's random id for team stats and its export count, key "team-stats" (TEAM_KEY, team/service.ts). */
  'team-identity': { key: string; value: TeamIdentity };
  /** When the user last looked at the new replies, key REPLIES_SEEN_KEY (prospects/new-replies.ts). */
  'replies-seen': { key: string; value: RepliesSeen };
  /** The company's policy in force, key "managed-policy" (POLICY_KEY, managed/policy-record.ts). */
  'managed-policy': { key: string; value: ManagedPolicy };
  /**
   * The insights summary (activity/insights-summary.ts), derived from the log and the prospects:
   * a record per week, key its Monday (yyyy-mm-dd). Never backed up; rebuilt when missing or out of date.
   */
  'insight-weeks': { key: string; value: WeekCells };
  /** The summary's state, key "meta" (META_KEY): whether the week records are up to date. Derived. */
  'insight-meta': { key: string; value: SummaryMeta };
  /** Each person's last part of the week records, key their prospect id. Derived, like 'insight-weeks'. */
  'insight-people': { key: string; value: Contribution };
  /** Clicks imported from the company's web analytics, one record per import period (shared/analytics/clicks.ts). */
  clicks: { key: string; value: ClickImport };
}

// Every store of the schema must be one the contract names, and the other way round.
const storesAgree: [StoreNames<NurtureSchema>] extends [StoreName]
  ? [StoreName] extends [StoreNames<NurtureSchema>]
    ? true
    : false
  : false = true;
void storesAgree;

type UpgradeTx = IDBPTransaction<NurtureSchema, StoreNames<NurtureSchema>[], 'versionchange'>;
type Migration = (db: IDBPDatabase<NurtureSchema>, tx: UpgradeTx) => void;

/**
 * Moves the record under `key` from one store to another, keeping its key, within the upgrade
 * transaction. Plain IndexedDB, untyped: a migration handles the records an older version wrote,
 * whatever today's schema says they are. Nothing under the key: nothing to move.
 */
function moveRecord(tx: IDBTransaction, from: string, to: string, key: string): void {
  const read = tx.objectStore(from).get(key);
  read.onsuccess = () => {
    const value: unknown = read.result;
    if (value === undefined) return;
    tx.objectStore(to).put(value, key);
    tx.objectStore(from).delete(key);
  };
}

/**
 * migrations[n] takes a database from version n to n + 1. Append, never edit: a user's
 * database may be at any earlier version, and each step runs in the one upgrade transaction.
 */
const migrations: readonly Migration[] = [
  // 0 -> 1: the first schema.
  (db) => {
    const content = db.createObjectStore('content', { keyPath: 'id' });
    content.createIndex('by-url', 'url', { unique: true });
    // The popup opens on the freshest items: served from this index before search is ready.
    content.createIndex('by-fresh', 'freshAt');
    content.createIndex('by-source', 'sourceId');

    db.createObjectStore('sources', { keyPath: 'id' });

    const prospects = db.createObjectStore('prospects', { keyPath: 'id' });
    prospects.createIndex('by-stage', 'stage');
    prospects.createIndex('by-follow-up', 'nextFollowUp');
    prospects.createIndex('by-member', 'memberId');
    // Awaiting a reply: only people contacted long enough ago (never contacted: not indexed).
    prospects.createIndex('by-last-contact', 'lastContactAt');

    const interactions = db.createObjectStore('interactions', { keyPath: 'id', autoIncrement: true });
    interactions.createIndex('by-at', 'at');
    interactions.createIndex('by-prospect-at', ['prospectId', 'at']);
    interactions.createIndex('by-content', 'contentId');
    interactions.createIndex('by-kind-at', ['kind', 'at']);
    // Unique: recording the same LinkedIn message twice fails instead of duplicating it.
    // Null ids are not indexed, so entries without one never collide.
    interactions.createIndex('by-external-id', 'externalId', { unique: true });

    db.createObjectStore('settings');
  },
  // 1 -> 2: Sales Navigator's lead id (ACwAA…) finds the record that learned it, like the member id.
  (_db, tx) => {
    tx.objectStore('prospects').createIndex('by-sales-lead', 'salesLeadId');
  },
  // 2 -> 3: the insights summary, so Insights reads week records instead of the whole log. Empty
  // here: the first Insights request (or the first write after it) builds it from the log.
  (db) => {
    db.createObjectStore('insight-weeks');
    db.createObjectStore('insight-people', { keyPath: 'owner' });
  },
  // 3 -> 4: clicks imported from web analytics (issue 28), one record per import period: a few
  // dozen records at most, read whole, so no index.
  (db) => {
    db.createObjectStore('clicks', { keyPath: 'period' });
  },
  // 4 -> 5: one record type per store (issue 29). Beside the settings record, the settings store
  // held the first run's choices, the team identity, the replies-seen time and the policy in
  // force, and 'insight-weeks' held the summary's state beside the weeks: each moves to a store
  // of its own, under the same key, in this transaction, so no user loses their choices, install
  // id, replies-seen time or policy, and the summary needs no rebuild. The keys are written as
  // schema 4 had them (not the services' constants, which may change after this step).
  (db, tx) => {
    for (const name of ['onboarding', 'team-identity', 'replies-seen', 'managed-policy', 'insight-meta'] as const)
      db.createObjectStore(name);
    const raw = unwrap(tx);
    moveRecord(raw, 'settings', 'onboarding', 'onboarding');
    moveRecord(raw, 'settings', 'team-identity', 'team-stats');
    moveRecord(raw, 'settings', 'replies-seen', 'replies-seen');
    moveRecord(raw, 'settings', 'managed-policy', 'managed-policy');
    moveRecord(raw, 'insight-weeks', 'insight-meta', 'meta');
  },
];

export const DB_VERSION = migrations.length;

export function runMigrations(db: IDBPDatabase<NurtureSchema>, tx: UpgradeTx, from: number, to: number): void {
  for (let version = from; version < to; version++) {
    const migrate = migrations[version];
    if (!migrate) throw new Error(`No migration from schema ${version}`);
    migrate(db, tx);
  }
}

/** A connection to the database (createDbHandle), typed by its schema. */
export type NurtureDb = IDBPDatabase<NurtureSchema>;

/**
 * Opens the database lazily and keeps the connection while it is usable. When another
 * context upgrades the schema (a newer extension version), this connection closes at once
 * so the upgrade is never blocked, and the next call opens a fresh one.
 */
export function createDbHandle(name: string = DB_NAME): () => Promise<NurtureDb> {
  let current: Promise<NurtureDb> | null = null;
  const forget = () => {
    current = null;
  };
  return () => {
    current ??= openDB<NurtureSchema>(name, DB_VERSION, {
      upgrade(db, oldVersion, newVersion, tx) {
        runMigrations(db, tx, oldVersion, newVersion ?? DB_VERSION);
      },
      blocking(_current, _blocked, event) {
        (event.target as IDBDatabase).close();
        forget();
      },
      terminated: forget,
    }).catch((error: unknown) => {
      forget();
      throw error;
    });
    return current;
  };
}
