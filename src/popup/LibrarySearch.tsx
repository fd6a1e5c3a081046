// The popup's library: type to search, copy a tagged link or open the item.
import browser from 'webextension-polyfill';
import { useEffect, useRef, useState } from 'preact/hooks';
import { request } from '../shared/client';
import type { LibraryHit } from '../shared/contract';
import { STAGES, type Stage } from '../shared/model';
import { t } from '../shared/i18n';
import { ItemCard } from '../ui/ItemCard';
import { copyText } from '../ui/copy';
import { linkedInShareUrl, parseHttpUrl } from '../shared/urls';
import { countText, errorText, stageLabel } from '../ui/labels';

export const FIRST_RESULTS_MARK = 'nurture:first-results';

type Results = { state: 'loading' } | { state: 'ready'; hits: LibraryHit[]; total: number | null } | { state: 'error'; message: string };

export function LibrarySearch({ onFirstResults }: { onFirstResults?: () => void }) {
  const [text, setText] = useState('');
  const [stage, setStage] = useState<Stage | ''>('');
  const [results, setResults] = useState<Results>({ state: 'loading' });
  const [copied, setCopied] = useState<string | null>(null);
  const latest = useRef(0);

  useEffect(() => {
    // A User Timing mark the benchmark reads (and anyone can see in the performance panel).
    if (results.state === 'ready' && performance.getEntriesByName(FIRST_RESULTS_MARK).length === 0) {
      performance.mark(FIRST_RESULTS_MARK);
      onFirstResults?.();
    }
  }, [results]);

  useEffect(() => {
    // Answers can come back out of order while typing: only the newest query's counts.
    const ticket = ++latest.current;
    request('library.search', { text, limit: 8, ...(stage ? { stages: [stage] } : {}) }).then(
      ({ hits, total }) => ticket === latest.current && setResults({ state: 'ready', hits, total }),
      (error: unknown) => ticket === latest.current && setResults({ state: 'error', message: errorText(error) }),
    );
  }, [text, stage]);

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
          <ul class="results" aria-label={t('libraryTitle')}>
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
                        .then((share) => copyText(share.text))
                        .then(
                          () => setCopied(`${item.id}:text`),
                          () => setCopied(null),
                        )
                    }
                  >
                    {copied === `${item.id}:text` ? t('copied') : t('shareCopyText')}
                  </button>
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
