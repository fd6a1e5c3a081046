// The popup's library: type to search, copy a tagged link or open the item.
import browser from 'webextension-polyfill';
import { useEffect, useState } from 'preact/hooks';
import { request } from '../shared/client';
import { STAGES, type Stage } from '../shared/model';
import { t } from '../shared/i18n';
import { ItemCard } from '../ui/ItemCard';
import { copyText } from '../ui/copy';
import { linkedInShareUrl, parseHttpUrl } from '../shared/urls';
import { countText, stageLabel } from '../ui/labels';
import { useRequest } from '../ui/use-request';
import { missingText } from '../shared/template-labels';
import { FIRST_PAGE_SEARCH, type SectionValue } from '../shared/popup-cache';
import { markOnce } from './marks';

/** User Timing marks the benchmarks read (and anyone can see in the performance panel). */
export const FIRST_RESULTS_MARK = 'nurture:first-results';
/** The background's own answer shown (the first results may come from the cache). */
export const FRESH_RESULTS_MARK = 'nurture:fresh-results';

export function LibrarySearch({ onFirstResults, cached }: { onFirstResults?: () => void; cached?: SectionValue<'search'> | undefined }) {
  const [text, setText] = useState('');
  const [stage, setStage] = useState<Stage | ''>('');
  // Live: answers that come back out of order while typing are dropped (only the newest key
  // counts), and an import or an edit in the dashboard shows here at once. The first page
  // (no text, no stage) is FIRST_PAGE_SEARCH, the request whose answer the cache keeps.
  const [search] = useRequest('library.search', { text, limit: FIRST_PAGE_SEARCH.limit, ...(stage ? { stages: [stage] } : {}) }, cached);
  const results = search.state === 'ready' ? { state: 'ready' as const, ...search.value } : search;
  const [copied, setCopied] = useState<string | null>(null);
  // A caption whose variable cannot be filled for no one in particular: said, never copied raw.
  const [refused, setRefused] = useState<{ id: string; text: string } | null>(null);

  useEffect(() => {
    if (search.state !== 'ready') return;
    if (markOnce(FIRST_RESULTS_MARK)) onFirstResults?.();
    if (!search.cached) markOnce(FRESH_RESULTS_MARK);
  }, [search]);

  return (
    <section class="library" aria-labelledby="library-title">
      <h2 id="library-title" class="visually-hidden">
        {t('libraryTitle')}
      </h2>
      <div class="search-row">
        <input
          type="search"
          class="search"
          placeholder={t('searchPlaceholder')}
          aria-label={t('searchPlaceholder')}
          value={text}
          autoFocus
          onInput={(event) => setText(event.currentTarget.value)}
        />
        <select aria-label={t('filterStage')} value={stage} onChange={(event) => setStage(event.currentTarget.value as Stage | '')}>
          <option value="">{t('allStages')}</option>
          {STAGES.map((value) => (
            <option value={value} key={value}>
              {stageLabel(value)}
            </option>
          ))}
        </select>
      </div>
      {results.state === 'loading' && <p class="muted">{t('loading')}</p>}
      {results.state === 'error' && <p class="error">{results.message}</p>}
      {results.state === 'ready' && (
        <>
          <p class="muted" role="status" data-testid="result-count">
            {results.hits.length === 0 ? t('noResults') : countText(results.hits.length, results.total)}
          </p>
          {/* data-cached: painted from the cache, the background's answer still to come. */}
          <ul class="results" aria-label={t('libraryTitle')} data-cached={search.state === 'ready' && search.cached ? 'true' : undefined}>
            {results.hits.map(({ item, link }) => (
              <li key={item.id}>
                <ItemCard item={item}>
                  <button
                    type="button"
                    onClick={() =>
                      copyText(link).then(
                        () => setCopied(item.id),
                        () => setCopied(null),
                      )
                    }
                  >
                    {copied === item.id ? t('copied') : t('copyLink')}
                  </button>
                  <button
                    type="button"
                    onClick={() =>
                      // Pasted anywhere: the 'other' channel (no rep id unless the user chose it).
                      request('share.prepare', { contentId: item.id, prospectId: null, channel: 'other' })
                        .then(async (share) => {
                          setRefused(share.missing.length > 0 ? { id: item.id, text: missingText(t, share.missing) } : null);
                          if (share.missing.length > 0) return setCopied(null);
                          await copyText(share.text);
                          setCopied(`${item.id}:text`);
                        })
                        .catch(() => setCopied(null))
                    }
                  >
                    {copied === `${item.id}:text` ? t('copied') : t('shareCopyText')}
                  </button>
                  {refused?.id === item.id && (
                    <p class="error" role="alert">
                      {refused.text}
                    </p>
                  )}
                  {/* LinkedIn's own public share dialog: the user writes and posts there. */}
                  {/* A public post: its link is tagged for the 'post' channel. */}
                  <button
                    type="button"
                    onClick={() =>
                      void request('share.prepare', { contentId: item.id, prospectId: null, channel: 'post' }).then(
                        (share) => browser.tabs.create({ url: linkedInShareUrl(share.link) }),
                        () => {},
                      )
                    }
                  >
                    {t('shareOnLinkedIn')}
                  </button>
                  {/* Opened untagged: the salesperson reading it is not a visit to credit. */}
                  {/* Only web addresses are opened: a restored backup may hold any string. */}
                  {parseHttpUrl(item.url) && (
                    <button type="button" onClick={() => void browser.tabs.create({ url: item.url })}>
                      {t('open')}
                    </button>
                  )}
                </ItemCard>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
