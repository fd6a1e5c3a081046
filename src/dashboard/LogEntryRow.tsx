// One entry of the activity log: what, when, with whom and which item; its note, editable; the
// person to link when the share named them only; deletion after a confirmation.
import { useState } from 'preact/hooks';
import { request } from '../shared/client';
import type { LogEntry } from '../shared/contract';
import { t } from '../shared/i18n';
import { kindLabel, statusLabel } from '../ui/labels';
import { dateTime } from '../ui/format';
import { LinkPersonForm } from './LinkPersonForm';

export function LogEntryRow({ entry, onLinked, onDeleted }: { entry: LogEntry; onLinked: (linked: number) => void; onDeleted: (failure?: unknown) => void }) {
  const [note, setNote] = useState(entry.interaction.note);
  const changed = note !== entry.interaction.note;
  const { interaction } = entry;
  const nameOnly = interaction.prospectId === null && interaction.personName ? interaction.personName : null;
  return (
    <li class="log-entry" data-kind={interaction.kind}>
      <div>
        <span class="muted small">{dateTime(interaction.at)}</span> <span class="chip">{kindLabel(interaction.kind)}</span>
        {interaction.status && <span class={`chip ${interaction.status}`}>{statusLabel(interaction.status)}</span>}{' '}
        {nameOnly ? <span data-testid="name-only">{t('activityNameOnly', nameOnly)}</span> : (entry.prospectName ?? interaction.prospectId ?? '')}
        {entry.contentTitle && <> · {entry.contentTitle}</>}
      </div>
      {nameOnly && interaction.id !== undefined && <LinkPersonForm id={interaction.id} personName={nameOnly} onLinked={onLinked} />}
      <div class="inline">
        <input aria-label={t('activityNote')} placeholder={t('activityNote')} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
        {/* Saved, the log is fetched again (the background's announcement) and the button goes. */}
        {changed && (
          <button type="button" class="secondary" onClick={() => void request('activity.setNote', { id: interaction.id!, note })}>
            {t('save')}
          </button>
        )}
        {interaction.id !== undefined && (
          <button
            type="button"
            class="secondary"
            aria-label={t('activityDeleteLabel')}
            onClick={() => {
              // One entry, for good: a reply the page forged, a share logged by mistake.
              if (!window.confirm(t('confirmDeleteEntry'))) return;
              request('activity.delete', { id: interaction.id! }).then(
                () => onDeleted(),
                (failure: unknown) => onDeleted(failure),
              );
            }}
          >
            {t('activityDelete')}
          </button>
        )}
      </div>
    </li>
  );
}
