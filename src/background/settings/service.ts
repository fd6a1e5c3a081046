// The user's settings: the one record of the settings store, defaults for what it lacks, and the
// company's policy over them (src/domain/policy/managed-policy.ts, the 'managed-policy' store), read in
// the same transaction.
import * as v from 'valibot';
import { SETTINGS_KEY } from '../../domain/backup/backup-format';
import { DEFAULT_SETTINGS, SettingsSchema, type LinkChannel, type Settings } from '../../contract/index';
import { linkUtm } from '../../domain/library/share-link';
import type { UtmSettings } from '../../domain/library/urls';
import type { NurtureDb } from '../db';
import { effectiveSettings, readOnlySettings } from '../../domain/policy/managed-policy';
import { policyOf, POLICY_KEY } from '../managed/policy-record';

/**
 * Defaults of earlier versions that a stored record may still hold, and what they are now. Read
 * as the new value, and saved so by the next update: the user never chose them. utm_medium was
 * "social-selling", which told the prospect reading the link that they were being sold to.
 */
type OldDefault = { [K in keyof Settings]: { field: K; was: Settings[K]; now: Settings[K] } }[keyof Settings];
const OLD_DEFAULTS: readonly OldDefault[] = [{ field: 'utmMedium', was: 'social-selling', now: 'social' }];

/** A stored record as this version reads it: the old defaults it holds replaced by the new ones. */
export function upgradeStored<T extends Partial<Settings>>(stored: T): T {
  const upgraded = { ...stored };
  for (const { field, was, now } of OLD_DEFAULTS) if (upgraded[field] === was) Object.assign(upgraded, { [field]: now });
  return upgraded;
}

/** The user's own settings, as stored (defaults for what the record lacks), before the policy. */
function ownSettings(stored: Partial<Settings> | undefined): Settings {
  // A record written by an older version may lack newer fields: defaults fill them.
  return { ...DEFAULT_SETTINGS, ...upgradeStored(stored ?? {}) };
}

/** The settings in force: defaults, the user's own, then what the company's policy sets (managed/). */
export async function readSettings(db: NurtureDb): Promise<Settings> {
  const tx = db.transaction(['settings', 'managed-policy']);
  const [stored, policy] = await Promise.all([
    tx.objectStore('settings').get(SETTINGS_KEY),
    tx.objectStore('managed-policy').get(POLICY_KEY),
  ]);
  return effectiveSettings(ownSettings(stored), policyOf(policy));
}

export type SettingsChange = { [K in keyof Settings]?: Settings[K] | undefined };

/**
 * Saves the user's change, and answers the settings in force. A setting the policy locks or
 * sets cannot be changed: a change to one is refused whole, with its name (the form shows them
 * disabled; this is the rule, whatever sends the request). The same value sent back (the form
 * saves its whole draft) is no change, and the policy's values are never written as the user's.
 */
export async function updateSettings(db: NurtureDb, change: SettingsChange): Promise<Settings> {
  // Read and write in one transaction so two quick saves cannot lose each other's fields.
  const tx = db.transaction(['settings', 'managed-policy'], 'readwrite');
  const settings = tx.objectStore('settings');
  const [stored, record] = await Promise.all([settings.get(SETTINGS_KEY), tx.objectStore('managed-policy').get(POLICY_KEY)]);
  const policy = policyOf(record);
  const own = ownSettings(stored);
  const inForce = effectiveSettings(own, policy);
  const fixed = readOnlySettings(policy);
  const refused = fixed.filter((name) => change[name] !== undefined && !sameValue(change[name], inForce[name]));
  if (refused.length > 0) {
    // Nothing was written: the transaction ends with nothing to commit.
    await tx.done;
    throw new Error(`${refused.join(', ')}: set by your company, not changed here`);
  }
  const wanted = definedOnly(change);
  for (const name of fixed) delete wanted[name];
  const merged = v.parse(SettingsSchema, { ...own, ...wanted });
  // Awaited together: a failed write (a full disk) rejects with its own error, and the
  // transaction's rejection is never left unhandled.
  await Promise.all([settings.put(merged, SETTINGS_KEY), tx.done]);
  return effectiveSettings(merged, policy);
}

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

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
