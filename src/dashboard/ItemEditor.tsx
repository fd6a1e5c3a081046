// Editing an item's tags and captions by hand. Saved edits are kept across later imports.
import { useState } from 'preact/hooks';
import { request } from '../contract/client';
import { STAGES, type ContentItem, type Stage } from '../domain/model';
import { captionsFromText, captionsToText, splitList } from '../ui/edit-text';
import { t } from '../i18n/i18n';
import { errorText, stageLabel } from '../ui/labels';
import { DateInput } from '../ui/DateInput';
import { dayRange, localDay } from '../domain/time/local-date';

const dateInput = (time: number | null) => (time === null ? '' : localDay(time));

export function ItemEditor({ item, onDone }: { item: ContentItem; onDone: () => void }) {
  const [topics, setTopics] = useState(item.topics.join(', '));
  const [personas, setPersonas] = useState(item.personas.join(', '));
  const [stages, setStages] = useState<Stage[]>(item.stages);
  const [captions, setCaptions] = useState(captionsToText(item.captions));
  const [expires, setExpires] = useState(dateInput(item.expiresAt));
  const [error, setError] = useState<string | null>(null);

  const save = (event: Event) => {
    event.preventDefault();
    request('library.update', {
      id: item.id,
      patch: {
        topics: splitList(topics),
        personas: splitList(personas),
        stages,
        captions: captionsFromText(captions, item.language),
        // Usable all of that day on the user's calendar: it expires at its last millisecond.
        expiresAt: expires ? (dayRange(expires)?.end ?? null) : null,
      },
    }).then(onDone, (failure: unknown) => setError(errorText(failure)));
  };

  return (
    <form class="item editor" onSubmit={save} aria-label={t('editItem', item.title)}>
      <h3 class="item-title">{item.title}</h3>
      <label class="field">
        <span>{t('topics')}</span>
        <input name="topics" value={topics} onInput={(e) => setTopics(e.currentTarget.value)} />
      </label>
      <label class="field">
        <span>{t('personas')}</span>
        <input name="personas" value={personas} onInput={(e) => setPersonas(e.currentTarget.value)} />
      </label>
      <fieldset class="field">
        <legend>{t('stages')}</legend>
        {STAGES.map((stage) => (
          <label class="check" key={stage}>
            <input
              type="checkbox"
              checked={stages.includes(stage)}
              onChange={(e) => setStages(e.currentTarget.checked ? [...stages, stage] : stages.filter((s) => s !== stage))}
            />
            {stageLabel(stage)}
          </label>
        ))}
      </fieldset>
      <label class="field">
        <span>{t('captions')}</span>
        <textarea name="captions" rows={5} value={captions} onInput={(e) => setCaptions(e.currentTarget.value)} />
        <small class="muted">{t('captionsHint')}</small>
      </label>
      <label class="field">
        <span>{t('expires')}</span>
        <DateInput name="expires" value={expires} onInput={setExpires} />
      </label>
      {error && <p class="error">{error}</p>}
      <div class="actions">
        <button type="submit" class="primary">
          {t('save')}
        </button>
        <button type="button" class="secondary" onClick={onDone}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
