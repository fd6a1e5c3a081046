// The dashboard's library: browse and search with filters, edit an item's tags and captions, delete.
import { useState } from 'preact/hooks';
import { request } from '../contract/client';
import { CONTENT_FORMATS, STAGES, type ContentFormat, type ContentItem, type Stage } from '../domain/model';
import { t } from '../i18n/i18n';
import { parseHttpUrl } from '../domain/library/urls';
import { ItemCard } from '../ui/ItemCard';
import { countText, errorText, formatLabel, stageLabel } from '../ui/labels';
import type { LibraryHit } from '../contract/index';
import { useRequest } from '../ui/use-request';
import { useUndoList } from '../ui/UndoToast';
import { ItemEditor } from './ItemEditor';

const PAGE = 50;
const NO_HITS: LibraryHit[] = [];

export function LibraryView() {
  const [text, setText] = useState('');
  const [stage, setStage] = useState<Stage | ''>('');
  const [format, setFormat] = useState<ContentFormat | ''>('');
  const [persona, setPersona] = useState('');
  const [language, setLanguage] = useState('');
  const [includeExpired, setIncludeExpired] = useState(false);
  const [limit, setLimit] = useState(PAGE);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [facets] = useRequest('library.facets', {});
  const [search] = useRequest('library.search', {
    text,
    limit,
    includeExpired,
    ...(stage ? { stages: [stage] } : {}),
    ...(format ? { formats: [format] } : {}),
    ...(persona ? { personas: [persona] } : {}),
    ...(language ? { languages: [language] } : {}),
  });
  const results = search.state === 'ready' ? search.value : null;
  const deletable = useUndoList('item:', results?.hits ?? NO_HITS, (hit) => hit.item.id);
  const shownError = error ?? (search.state === 'error' ? search.message : null);

  // Gone from the list at once, deleted once the Undo time is over (the toast says a failure).
  const remove = (item: ContentItem) => deletable.remove(item.id, t('itemDeleted'), () => request('library.delete', { id: item.id }));

  return (
    <section class="card" aria-labelledby="library-heading">
      <h2 id="library-heading">{t('libraryTitle')}</h2>
      <div class="filters">
        <input
          type="search"
          placeholder={t('searchPlaceholder')}
          aria-label={t('searchPlaceholder')}
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <select aria-label={t('filterStage')} value={stage} onChange={(e) => setStage(e.currentTarget.value as Stage | '')}>
          <option value="">{t('allStages')}</option>
          {STAGES.map((value) => (
            <option key={value} value={value}>
              {stageLabel(value)}
            </option>
          ))}
        </select>
        <select aria-label={t('filterFormat')} value={format} onChange={(e) => setFormat(e.currentTarget.value as ContentFormat | '')}>
          <option value="">{t('allFormats')}</option>
          {CONTENT_FORMATS.map((value) => (
            <option key={value} value={value}>
              {formatLabel(value)}
            </option>
          ))}
        </select>
        <select aria-label={t('filterPersona')} value={persona} onChange={(e) => setPersona(e.currentTarget.value)}>
          <option value="">{t('allPersonas')}</option>
          {facets.state === 'ready' &&
            facets.value.personas.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
        </select>
        <select aria-label={t('filterLanguage')} value={language} onChange={(e) => setLanguage(e.currentTarget.value)}>
          <option value="">{t('allLanguages')}</option>
          {facets.state === 'ready' &&
            facets.value.languages.map((value) => (
              <option key={value} value={value}>
                {value.toUpperCase()}
              </option>
            ))}
        </select>
        <label class="check">
          <input type="checkbox" checked={includeExpired} onChange={(e) => setIncludeExpired(e.currentTarget.checked)} />
          {t('showExpired')}
        </label>
      </div>
      {shownError && <p class="error">{shownError}</p>}
      {results && (
        <>
          <p class="muted" role="status">
            {results.hits.length === 0 ? t('noResults') : countText(results.hits.length, results.total)}
          </p>
          <ul class="results">
            {deletable.visible.map(({ item, packExpiresAt }) => (
              <li key={item.id}>
                {editing === item.id ? (
                  <ItemEditor item={item} onDone={() => setEditing(null)} />
                ) : (
                  <ItemCard item={item} packExpiresAt={packExpiresAt}>
                    {/* Only web addresses become links: a restored backup may hold any string. */}
                    {parseHttpUrl(item.url) && (
                      <a href={item.url} target="_blank" rel="noreferrer noopener">
                        {t('open')}
                      </a>
                    )}
                    <button type="button" onClick={() => setEditing(item.id)}>
                      {t('edit')}
                    </button>
                    <FavouriteStar item={item} onError={setError} />
                    <button type="button" class="danger" data-undo-focus={deletable.focusKey(item.id)} onClick={() => remove(item)}>
                      {t('delete')}
                    </button>
                  </ItemCard>
                )}
              </li>
            ))}
          </ul>
          {(results.total === null ? results.hits.length === limit : results.hits.length < results.total) && (
            <button type="button" class="secondary" onClick={() => setLimit(limit + PAGE)}>
              {t('showMore')}
            </button>
          )}
        </>
      )}
    </section>
  );
}

/** The star: favourites come first in the picker inside LinkedIn. The list follows the background's announcement. */
function FavouriteStar({ item, onError }: { item: ContentItem; onError: (message: string | null) => void }) {
  const on = item.favouriteAt !== undefined;
  const toggle = () =>
    request('library.favourite', { id: item.id, favourite: !on }).then(
      () => onError(null),
      (failure: unknown) => onError(errorText(failure)),
    );
  return (
    <button type="button" class="star" aria-pressed={on} onClick={() => void toggle()}>
      <span aria-hidden="true">{on ? '★' : '☆'}</span> {t('favourite')}
    </button>
  );
}
