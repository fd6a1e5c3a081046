// One entry of the activity log: what, when, with whom and which item; its note as text, edited
// only when asked ("Add a note", "Edit note"); the person to link when the share named them
// only; a small Delete (the view deletes it with an Undo toast, no question asked).
import { useEffect, useRef, useState } from 'preact/hooks';
import { request } from '../contract/client';
import type { LogEntry } from '../contract/index';
import { t } from '../i18n/i18n';
import { errorText, kindLabel, statusChipLabel } from '../ui/labels';
import { dateTime } from '../ui/format';
import { LinkPersonForm } from './LinkPersonForm';

function NoteEditor({ id, note, onDone }: { id: number; note: string; onDone: (saved?: string) => void }) {
  const [text, setText] = useState(note);
  const [error, setError] = useState<string | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => field.current?.focus(), []);
  const save = () =>
    request('activity.setNote', { id, note: text }).then(
      () => onDone(text),
      (failure: unknown) => setError(errorText(failure)),
    );
  return (
    <form
      class="note-editor"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <textarea
        ref={field}
        rows={3}
        aria-label={t('activityNote')}
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key !== 'Escape') return;
          event.preventDefault();
          onDone();
        }}
      />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="dialog-actions">
        <button type="submit" class="secondary" disabled={text === note}>
          {t('save')}
        </button>
        <button type="button" class="quiet" onClick={() => onDone()}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

export interface LogEntryRowProps {
  entry: LogEntry;
  /** The row's key in the page's Undo queue: its Delete button gets the focus back on Undo. */
  undoKey: string;
  onLinked: (linked: number) => void;
  onDelete: () => void;
}

export function LogEntryRow({ entry, undoKey, onLinked, onDelete }: LogEntryRowProps) {
  const { interaction } = entry;
  const [editing, setEditing] = useState(false);
  // The note just saved, shown until the refetched log carries it.
  const [saved, setSaved] = useState<string | null>(null);
  useEffect(() => setSaved(null), [interaction.note]);
  const note = saved ?? interaction.note;
  const opener = useRef<HTMLButtonElement>(null);
  const headId = `log-entry-${interaction.id ?? interaction.at}`;
  const nameOnly = interaction.prospectId === null && interaction.personName ? interaction.personName : null;

  const closeEditor = (text?: string) => {
    if (text !== undefined) setSaved(text);
    setEditing(false);
    // Back to the button that opened the editor, once it is drawn again.
    setTimeout(() => opener.current?.focus(), 0);
  };

  return (
    <li class="log-entry" data-kind={interaction.kind}>
      <div class="log-entry-head">
        <span id={headId}>
          <span class="muted small">{dateTime(interaction.at)}</span> <span class="chip">{kindLabel(interaction.kind)}</span>{' '}
          {interaction.status && <span class={`chip ${interaction.status}`}>{statusChipLabel(interaction.status)}</span>}{' '}
          {nameOnly ? (
            <span data-testid="name-only">{t('activityNameOnly', nameOnly)}</span>
          ) : (
            (entry.prospectName ?? interaction.prospectId ?? '')
          )}
          {entry.contentTitle && <> · {entry.contentTitle}</>}
        </span>
        {interaction.id !== undefined && (
          <span class="row-actions">
            {!editing && (
              <button ref={opener} type="button" class="quiet" aria-describedby={headId} onClick={() => setEditing(true)}>
                {note ? t('activityEditNote') : t('activityAddNote')}
              </button>
            )}
            <button
              type="button"
              class="quiet danger"
              aria-label={t('activityDeleteLabel')}
              aria-describedby={headId}
              data-undo-focus={undoKey}
              onClick={onDelete}
            >
              {t('activityDelete')}
            </button>
          </span>
        )}
      </div>
      {nameOnly && interaction.id !== undefined && <LinkPersonForm id={interaction.id} personName={nameOnly} onLinked={onLinked} />}
      {editing && interaction.id !== undefined ? (
        <NoteEditor id={interaction.id} note={note} onDone={closeEditor} />
      ) : (
        note && <p class="log-note">{note}</p>
      )}
    </li>
  );
}
