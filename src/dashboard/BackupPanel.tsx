// Backup of everything Nurture stored, and its restoration (merged or replacing).
import { useState } from 'preact/hooks';
import { request } from '../shared/client';
import type { Settings } from '../shared/contract';
import { t, type MessageKey } from '../shared/i18n';
import { errorText } from '../ui/labels';
import { datedName, downloadBlob } from './download';

/** The label each setting has in the settings form, to name the ones a restore did not take. */
const SETTING_LABELS: Record<keyof Settings, MessageKey> = {
  repId: 'settingRepId',
  repIdChannels: 'settingRepIdChannels',
  campaign: 'settingCampaign',
  utmEnabled: 'settingUtmEnabled',
  utmSource: 'settingUtmSource',
  utmMedium: 'settingUtmMedium',
  repParam: 'settingRepParam',
  feedSyncMinutes: 'settingFeedSync',
  quietMode: 'settingQuietMode',
  keepReplyText: 'settingKeepReplyText',
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
  const names = t('restoreSettingsKept', kept.map((key) => `“${t(SETTING_LABELS[key])}”`).join(', '));
  return kept.includes('keepReplyText') ? `${names} ${t('restoreKeepReplyTextOff')}` : names;
}

/** What the restore report adds when the file held fields Nurture does not know (left out). */
export function droppedFieldsText(names: readonly string[]): string {
  return names.length === 0 ? '' : t('restoreFieldsDropped', names.join(', '));
}

/** Every open screen shows the restored data through the background's announcement. */
export function BackupPanel() {
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  const restore = async (file: File) => {
    if (mode === 'replace' && !window.confirm(t('confirmReplace'))) return;
    try {
      const { restored, settingsKept, droppedFields } = await request('backup.import', { text: await file.text(), mode });
      const counts = t('restored', [String(restored.prospects), String(restored.interactions), String(restored.content)]);
      setStatus({ ok: true, text: [counts, settingsKeptText(settingsKept), droppedFieldsText(droppedFields)].filter((part) => part !== '').join(' ') });
    } catch (failure) {
      setStatus({ ok: false, text: errorText(failure) });
    }
  };

  return (
    <section class="card" aria-labelledby="backup-title">
      <h2 id="backup-title">{t('backupTitle')}</h2>
      <p class="muted">{t('backupHint')}</p>
      <button
        type="button"
        class="primary"
        onClick={() =>
          void request('backup.export', {}).then(
            ({ text }) => downloadBlob(new Blob([text], { type: 'application/json' }), datedName('nurture-backup', 'json')),
            (failure: unknown) => setStatus({ ok: false, text: errorText(failure) }),
          )
        }
      >
        {t('backupDownload')}
      </button>
      <fieldset class="field">
        <legend>{t('backupRestore')}</legend>
        <label class="check">
          <input type="radio" name="restore-mode" checked={mode === 'merge'} onChange={() => setMode('merge')} />
          {t('backupMerge')}
        </label>
        <label class="check">
          <input type="radio" name="restore-mode" checked={mode === 'replace'} onChange={() => setMode('replace')} />
          {t('backupReplace')}
        </label>
        <input
          type="file"
          name="backup-file"
          aria-label={t('backupFileLabel')}
          accept=".json,application/json"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) void restore(file);
            event.currentTarget.value = '';
          }}
        />
      </fieldset>
      {status && (
        <p role="status" class={status.ok ? '' : 'error'} data-testid="restore-status">
          {status.text}
        </p>
      )}
    </section>
  );
}
