// What "Your data" says of backups and restores: pure, so each sentence is tested on its own.
import type { DecryptResult } from '../domain/backup/backup-crypto';
import type { RestoreReport } from '../domain/backup/backup-format';
import { PASSPHRASE_MAX, PASSPHRASE_MIN } from '../contract/requests/backup';
import type { BackupSummary } from '../domain/backup/backup-summary';
import type { Settings } from '../contract/index';
import { t, type MessageKey } from '../i18n/i18n';
import type { AutoBackupStatus } from '../ui/auto-backup';
import { count, dateOnly, dateTime } from '../ui/format';
import { plural } from '../ui/plural';

/** The label each setting has in the settings form, to name the ones a restore did not take. */
const SETTING_LABELS: Record<keyof Settings, MessageKey> = {
  repId: 'settingRepId',
  repIdChannels: 'settingRepIdChannels',
  campaign: 'settingCampaign',
  utmEnabled: 'settingUtmEnabled',
  utmSource: 'settingUtmSource',
  utmMedium: 'settingUtmMedium',
  shortLink: 'settingShortLink',
  repParam: 'settingRepParam',
  feedSyncMinutes: 'settingFeedSync',
  quietMode: 'settingQuietMode',
  keepReplyText: 'settingKeepReplyText',
  clickTokens: 'settingClickTokens',
  awaitingDays: 'settingAwaitingDays',
  saturationMax: 'settingSaturationMax',
  saturationDays: 'settingSaturationDays',
  csvSeparator: 'settingCsvSemicolon',
  csvBom: 'settingCsvBom',
  senderName: 'settingSenderName',
  messageTemplates: 'settingTemplates',
};

/** What the restore report adds when some settings in the file were not taken. */
export function settingsKeptText(kept: readonly (keyof Settings)[]): string {
  if (kept.length === 0) return '';
  const names = t('restoreSettingsKept', kept.map((key) => t('quoted', t(SETTING_LABELS[key]))).join(', '));
  return kept.includes('keepReplyText') ? `${names} ${t('restoreKeepReplyTextOff')}` : names;
}

/** What the restore report adds when the file held fields Nurture does not know (left out). */
export function droppedFieldsText(names: readonly string[]): string {
  return names.length === 0 ? '' : t('restoreFieldsDropped', names.join(', '));
}

/** The whole report of a restore: what came in, then what was not taken. */
export function restoreReportText({ restored, settingsKept, droppedFields }: RestoreReport): string {
  const counts = t('restored', [
    plural(t, restored.prospects, 'restoredProspects_one', 'restoredProspects_other'),
    plural(t, restored.interactions, 'restoredInteractions_one', 'restoredInteractions_other'),
    plural(t, restored.content, 'restoredItems_one', 'restoredItems_other'),
  ]);
  return [counts, settingsKeptText(settingsKept), droppedFieldsText(droppedFields)].filter((part) => part !== '').join(' ');
}

type DecryptFailure = Extract<DecryptResult, { ok: false }>['reason'];

/** A file that could not be decrypted, each sentence ending on what it means: nothing changed. */
export const DECRYPT_FAILURE: Record<DecryptFailure, MessageKey> = {
  // AES-GCM cannot tell a wrong key from a changed file: the sentence names both.
  'wrong-passphrase': 'restoreWrongPassphrase',
  malformed: 'restoreMalformed',
  unsupported: 'restoreUnsupported',
};

/** What a restore will bring, as label and value pairs, in the order the user reads them. */
export function summaryFacts(summary: BackupSummary): { label: string; value: string }[] {
  const { counts } = summary;
  const stores = (['prospects', 'interactions', 'content', 'sources', 'settings'] as const).map((name) => ({
    label: t(`store_${name}`),
    value: count(counts[name]),
  }));
  const covered =
    summary.from === null || summary.to === null
      ? t('restoreCoversNone')
      : t('restoreCoversRange', [dateOnly(summary.from), dateOnly(summary.to)]);
  return [
    { label: t('restoreWrittenAt'), value: dateTime(summary.exportedAt) },
    ...stores,
    { label: t('restoreCovers'), value: covered },
    { label: t('schemaVersion'), value: String(summary.schemaVersion) },
  ];
}

/**
 * Why a passphrase cannot be taken, or null: the request's own bounds, checked here to say why. `required`: no key is stored yet, so turning on
 * needs one; otherwise an empty pair keeps the stored key.
 */
export function passphraseProblem(passphrase: string, again: string, required: boolean): MessageKey | null {
  if (passphrase === '' && again === '' && !required) return null;
  if (passphrase.length < PASSPHRASE_MIN) return 'passphraseTooShort';
  if (passphrase.length > PASSPHRASE_MAX) return 'passphraseTooLong';
  return passphrase === again ? null : 'passphraseMismatch';
}

/**
 * What turning on did (the request writes the first backup at once): a backup newer than the
 * last one before is the one just written; none newer and nothing changed means there was no
 * need; none newer while the data changed means it could not be written.
 */
export function turnedOnText(before: AutoBackupStatus | null, after: AutoBackupStatus): string {
  const last = after.last;
  const previous = before?.last ?? null;
  if (last !== null && (previous === null || last.at > previous.at)) return t('autoBackupOnWritten', last.filename);
  if (last !== null && !after.changedSinceLast) return t('autoBackupOnUnchanged');
  return t('autoBackupOnNotWritten');
}
