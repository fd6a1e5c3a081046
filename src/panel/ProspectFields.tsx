// Stage, persona and notes of a tracked person, each saved where it is changed: the stage as soon
// as it is chosen, the persona and the notes when the field is left (or Save is pressed).
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n/i18n';
import { NOTES_MAX, PERSONA_MAX, PROSPECT_STAGES, type Prospect, type ProspectStage } from '../domain/model';
import type { ProspectPatch } from '../contract/requests/prospects';
import { useRequest } from '../ui/use-request';

export function ProspectFields({ prospect, save }: { prospect: Prospect; save: (patch: ProspectPatch) => Promise<void> }) {
  const [facets] = useRequest('library.facets', {});
  const [notes, setNotes] = useState(prospect.notes);
  const [persona, setPersona] = useState(prospect.persona);
  const notesField = useRef<HTMLTextAreaElement>(null);
  const personaField = useRef<HTMLInputElement>(null);
  // A change made elsewhere (the dashboard) shows here, unless the user is writing in the field:
  // a record read again while they type must not take their words away.
  useEffect(() => {
    if (document.activeElement !== notesField.current) setNotes(prospect.notes);
  }, [prospect.notes]);
  useEffect(() => {
    if (document.activeElement !== personaField.current) setPersona(prospect.persona);
  }, [prospect.persona]);

  const saveNotes = () => {
    if (notes !== prospect.notes) void save({ notes });
  };
  const personas = facets.state === 'ready' ? facets.value.personas : [];

  return (
    <div class="fields">
      <label class="field">
        <span>{t('panelStage')}</span>
        <select value={prospect.stage} onChange={(event) => void save({ stage: event.currentTarget.value as ProspectStage })}>
          {PROSPECT_STAGES.map((stage) => (
            <option value={stage} key={stage}>
              {t(`stage_${stage}`)}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>{t('filterPersona')}</span>
        {/* change fires when the field is left or Enter is pressed: one save per edit. */}
        <input
          ref={personaField}
          type="text"
          list="panel-personas"
          maxLength={PERSONA_MAX}
          value={persona}
          onInput={(event) => setPersona(event.currentTarget.value)}
          onChange={(event) => {
            const chosen = event.currentTarget.value.trim();
            if (chosen !== prospect.persona) void save({ persona: chosen });
          }}
        />
        <datalist id="panel-personas">
          {personas.map((persona) => (
            <option value={persona} key={persona} />
          ))}
        </datalist>
      </label>
      <label class="field">
        <span>{t('prospectNotes')}</span>
        <textarea
          ref={notesField}
          rows={4}
          maxLength={NOTES_MAX}
          value={notes}
          onInput={(event) => setNotes(event.currentTarget.value)}
          onBlur={saveNotes}
        />
      </label>
      <button type="button" class="secondary save-notes" disabled={notes === prospect.notes} onClick={saveNotes}>
        {t('panelSaveNotes')}
      </button>
    </div>
  );
}
