// The user's settings: one record in the settings store, defaults for what it lacks.
import * as v from 'valibot';
import { SETTINGS_KEY } from '../../shared/backup-format';
import { DEFAULT_SETTINGS, SettingsSchema, type LinkChannel, type Settings } from '../../shared/contract';
import { linkUtm } from '../../shared/share-link';
import type { UtmSettings } from '../../shared/urls';
import type { NurtureDb } from '../db';

/**
 * Defaults of earlier versions that a stored record may still hold, and what they are now. Read
 * as the new value, and saved so by the next update: the user never chose them. utm_medium was
 * "social-selling", which told the prospect reading the link that they were being sold to.
 */
type OldDefault = { [K in keyof Settings]: { field: K; was: Settings[K]; now: Settings[K] } }[keyof Settings];
const OLD_DEFAULTS: readonly OldDefault[] = [
  { field: 'utmMedium', was: 'social-selling', now: 'social' },
];

/** A stored record as this version reads it: the old defaults it holds replaced by the new ones. */
export function upgradeStored<T extends Partial<Settings>>(stored: T): T {
  const upgraded = { ...stored };
  for (const { field, was, now } of OLD_DEFAULTS) if (upgraded[field] === was) Object.assign(upgraded, { [field]: now });
  return upgraded;
}

export async function readSettings(db: NurtureDb): Promise<Settings> {
  const stored = await db.get('settings', SETTINGS_KEY);
  // A record written by an older version may lack newer fields: defaults fill them.
  return { ...DEFAULT_SETTINGS, ...upgradeStored(stored ?? {}) };
}

export type SettingsChange = { [K in keyof Settings]?: Settings[K] | undefined };

export async function updateSettings(db: NurtureDb, change: SettingsChange): Promise<Settings> {
  // Read and write in one transaction so two quick saves cannot lose each other's fields.
  const tx = db.transaction('settings', 'readwrite');
  const merged = v.parse(SettingsSchema, { ...DEFAULT_SETTINGS, ...upgradeStored((await tx.store.get(SETTINGS_KEY)) ?? {}), ...definedOnly(change) });
  // Awaited together: a failed write (a full disk) rejects with its own error, and the
  // transaction's rejection is never left unhandled.
  await Promise.all([tx.store.put(merged, SETTINGS_KEY), tx.done]);
  return merged;
}

function definedOnly<T extends object>(change: T): Partial<T> {
  return Object.fromEntries(Object.entries(change).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/**
 * The tagging of a link shared through `channel` for an item of no pack (see linkUtm): the rep
 * id only when the user chose that channel for it.
 */
export function utmFor(settings: Settings, channel: LinkChannel): UtmSettings {
  return linkUtm(settings, undefined, channel);
}
