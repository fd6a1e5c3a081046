// The database: its typed schema and its numbered migrations. Only the background opens it.
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { ContentItem, Interaction, Prospect, Source } from '../shared/model';
import type { Settings, StoreName } from '../shared/contract';
import type { OnboardingChoices } from './onboarding/status';
import type { TeamIdentity } from './team/service';
import type { Contribution, WeekCells } from '../shared/metrics-cells';
import type { SummaryMeta } from './activity/insights-summary';
import type { ManagedPolicy } from '../shared/managed-policy';
import type { ClickImport } from '../shared/analytics/clicks';

export const DB_NAME = 'nurture';

/** When the user last looked at the new replies (the settings store's REPLIES_SEEN_KEY). */
export interface RepliesSeen {
  at: number;
}
export const REPLIES_SEEN_KEY = 'replies-seen';

export interface NurtureDB extends DBSchema {
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
  /**
   * The settings record, key "user"; the first run's choices, key "onboarding" (onboarding/service.ts);
   * the install's random id for team stats, key "team-stats" (team/service.ts); the company's
   * policy in force, key "managed-policy" (managed/policy-record.ts).
   */
  settings: { key: string; value: Settings | OnboardingChoices | TeamIdentity | RepliesSeen | ManagedPolicy };
  /**
   * The insights summary (activity/insights-summary.ts), derived from the log and the prospects:
   * a record per week, key its Monday (yyyy-mm-dd), and the summary's state, key "meta".
   * Never backed up; rebuilt when missing or out of date.
   */
  'insight-weeks': { key: string; value: WeekCells | SummaryMeta };
  /** Each person's last part of the week records, key their prospect id. Derived, like 'insight-weeks'. */
  'insight-people': { key: string; value: Contribution };
  /** Clicks imported from the company's web analytics, one record per import period (shared/analytics/clicks.ts). */
  clicks: { key: string; value: ClickImport };
}

// Every store of the schema must be one the contract names, and the other way round.
const storesAgree: [StoreNames<NurtureDB>] extends [StoreName] ? ([StoreName] extends [StoreNames<NurtureDB>] ? true : false) : false = true;
void storesAgree;

type UpgradeTx = IDBPTransaction<NurtureDB, StoreNames<NurtureDB>[], 'versionchange'>;
type Migration = (db: IDBPDatabase<NurtureDB>, tx: UpgradeTx) => void;

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
];

export const DB_VERSION = migrations.length;

export function runMigrations(db: IDBPDatabase<NurtureDB>, tx: UpgradeTx, from: number, to: number): void {
  for (let version = from; version < to; version++) {
    const migrate = migrations[version];
    if (!migrate) throw new Error(`No migration from schema ${version}`);
    migrate(db, tx);
  }
}

export type NurtureDb = IDBPDatabase<NurtureDB>;

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
    current ??= openDB<NurtureDB>(name, DB_VERSION, {
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
