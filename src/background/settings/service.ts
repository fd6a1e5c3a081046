// The user's settings: one record in the settings store, defaults for what it lacks.
import * as v from 'valibot';
import { SETTINGS_KEY } from '../../shared/backup-format';
import { DEFAULT_SETTINGS, SettingsSchema, type LinkChannel, type Settings } from '../../shared/contract';
import type { UtmSettings } from '../../shared/urls';
import type { NurtureDb } from '../db';

export async function readSettings(db: NurtureDb): Promise<Settings> {
  const stored = await db.get('settings', SETTINGS_KEY);
  // A record written by an older version may lack newer fields: defaults fill them.
  return { ...DEFAULT_SETTINGS, ...stored };
}

export type SettingsChange = { [K in keyof Settings]?: Settings[K] | undefined };

export async function updateSettings(db: NurtureDb, change: SettingsChange): Promise<Settings> {
  // Read and write in one transaction so two quick saves cannot lose each other's fields.
  const tx = db.transaction('settings', 'readwrite');
  const merged = v.parse(SettingsSchema, { ...DEFAULT_SETTINGS, ...(await tx.store.get(SETTINGS_KEY)), ...definedOnly(change) });
  // Awaited together: a failed write (a full disk) rejects with its own error, and the
  // transaction's rejection is never left unhandled.
  await Promise.all([tx.store.put(merged, SETTINGS_KEY), tx.done]);
  return merged;
}

function definedOnly<T extends object>(change: T): Partial<T> {
  return Object.fromEntries(Object.entries(change).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/**
 * The tagging of a link shared through `channel`: the rep id only when the user chose that
 * channel for it. A stored value that is not a list (a hand-edited backup) chooses none.
 */
export function utmFor(settings: Settings, channel: LinkChannel): UtmSettings {
  const chosen: unknown = settings.repIdChannels;
  const withRepId = Array.isArray(chosen) && chosen.includes(channel);
  return {
    enabled: settings.utmEnabled,
    source: settings.utmSource,
    medium: settings.utmMedium,
    campaign: settings.campaign,
    repId: withRepId ? settings.repId : '',
    repParam: settings.repParam,
  };
}
