// The popup's library: type to search; on each item Insert (into the LinkedIn box the user last
// clicked in, as the side panel does) and Copy (caption and link), and a menu for the rest:
// copy the tagged link, share on LinkedIn, open the item.
import browser from 'webextension-polyfill';
import { useEffect, useState } from 'preact/hooks';
import { request } from '../contract/client';
import type { LibraryHit } from '../contract/index';
import { STAGES, type Stage } from '../domain/model';
import { t } from '../i18n/i18n';
import type { PagePerson } from '../contract/panel-protocol';
import { ItemCard } from '../ui/ItemCard';
import { MenuButton, type MenuAction } from '../ui/MenuButton';
import { copyText } from '../ui/copy';
import { linkedInShareUrl, parseHttpUrl } from '../domain/library/urls';
import { countText, errorText, stageLabel } from '../ui/labels';
import { useRequest } from '../ui/use-request';
import { missingText } from '../i18n/template-labels';
import { FIRST_PAGE_SEARCH, type SectionValue } from '../features/popup-cache/sections';
import { composerChannel } from '../panel/channel';
import { isDoNotContactRefusal } from '../panel/dnc';
import { insertMessage } from '../panel/insert-result';
import { askPage, insertInTab } from '../panel/tab-messages';
import { activeTabId } from './active-tab';
import { markOnce } from './marks';
import { sharePerson } from './share-target';

/** User Timing marks the benchmarks read (and anyone can see in the performance panel). */
export const FIRST_RESULTS_MARK = 'nurture:first-results';
/** The background's own answer shown (the first results may come from the cache). */
export const FRESH_RESULTS_MARK = 'nurture:fresh-results';

/** What the last action on an item said, under its buttons. */
interface Note {
  id: string;
  text: string;
  error: boolean;
}

/** An element id from an item id (any string): the title's, for the buttons that act on it. */
const titleIdOf = (id: string) => `hit-${id.replace(/[^A-Za-z0-9_-]/g, (char) => `_${char.codePointAt(0)!.toString(16)}`)}`;

/**
 * Inserts `hit` into the composer the user last focused in the active tab, its text filled for
 * the person the tab shows (asked now: the user may have clicked another box since the popup opened).
 */
async function insertInto(hit: LibraryHit): Promise<{ text: string; error: boolean }> {
  const tabId = await activeTabId();
  const page = tabId === null ? null : await askPage(tabId);
  if (tabId === null || page === null) return { text: t('popupInsertNoTab'), error: true };
  if (page.composer === null) return { text: t('panelNoComposer'), error: true };
  const share = await request('share.prepare', {
    contentId: hit.item.id,
    ...sharePerson(page.person),
    channel: composerChannel(page.composer),
  });
  // Never inserted with a raw {firstName}: the user reads what is unknown instead.
  if (share.missing.length > 0) return { text: missingText(t, share.missing), error: true };
  const answer = await insertInTab(tabId, { text: share.text, contentId: hit.item.id, link: share.link, captionIndex: share.captionIndex });
  const { key, error } = insertMessage(answer);
  return { text: t(key), error };
}

export function LibrarySearch({
  onFirstResults,
  cached,
  person = null,
}: {
  /** The first results shown (or the search failed): the rest of the popup may ask its own now. */
  onFirstResults?: () => void;
  cached?: SectionValue<'search'> | undefined;
  /** Who the tab shows: Copy fills the text for them. */
  person?: PagePerson | null;
}) {
  const [text, setText] = useState('');
  const [stage, setStage] = useState<Stage | ''>('');
  // Live: answers that come back out of order while typing are dropped (only the newest key
  // counts), and an import or an edit in the dashboard shows here at once. The first page
  // (no text, no stage) is FIRST_PAGE_SEARCH, the request whose answer the cache keeps.
  const [search] = useRequest('library.search', { text, limit: FIRST_PAGE_SEARCH.limit, ...(stage ? { stages: [stage] } : {}) }, cached);
  const results = search.state === 'ready' ? { state: 'ready' as const, ...search.value } : search;
  // The item whose Copy button says "Copied".
  const [copied, setCopied] = useState<string | null>(null);
  const [note, setNote] = useState<Note | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  useEffect(() => {
    // A failed search lets the rest of the popup come too (the footer's "Report a problem" first).
    if (search.state === 'error') onFirstResults?.();
    if (search.state !== 'ready') return;
    if (markOnce(FIRST_RESULTS_MARK)) onFirstResults?.();
    if (!search.cached) markOnce(FRESH_RESULTS_MARK);
  }, [search]);

  const say = (id: string, text: string, error = false) => setNote({ id, text, error });
  const failed = (id: string, error: unknown) =>
    say(id, isDoNotContactRefusal(error) && person ? t('panelDoNotContactRefused', person.name) : errorText(error), true);

  const insert = (hit: LibraryHit) => {
    setNote(null);
    setBusy(hit.item.id);
    insertInto(hit)
      .then(
        ({ text: said, error }) => say(hit.item.id, said, error),
        (error: unknown) => failed(hit.item.id, error),
      )
      .finally(() => setBusy(null));
  };
  // Pasted anywhere: the 'other' channel (no rep id unless the user chose it), filled for the tab's person.
  const copy = (hit: LibraryHit) => {
    setNote(null);
    request('share.prepare', { contentId: hit.item.id, ...sharePerson(person), channel: 'other' })
      .then(async (share) => {
        if (share.missing.length > 0) {
          setCopied(null);
          return say(hit.item.id, missingText(t, share.missing), true);
        }
        await copyText(share.text);
        setCopied(hit.item.id);
      })
      .catch((error: unknown) => {
        setCopied(null);
        failed(hit.item.id, error);
      });
  };
  const more = ({ item, link }: LibraryHit): MenuAction[] => [
    {
      key: 'link',
      label: t('copyLink'),
      onSelect: () =>
        copyText(link).then(
          () => say(item.id, t('linkCopied')),
          (error: unknown) => failed(item.id, error),
        ),
    },
    // LinkedIn's own public share dialog: the user writes and posts there; the link is tagged for the 'post' channel.
    {
      key: 'post',
      label: t('shareOnLinkedIn'),
      onSelect: () =>
        void request('share.prepare', { contentId: item.id, prospectId: null, channel: 'post' }).then(
          (share) => browser.tabs.create({ url: linkedInShareUrl(share.link) }),
          (error: unknown) => failed(item.id, error),
        ),
    },
    // Opened untagged: the salesperson reading it is not a visit to credit. Only web addresses
    // are opened: a restored backup may hold any string.
    ...(parseHttpUrl(item.url) ? [{ key: 'open', label: t('open'), onSelect: () => void browser.tabs.create({ url: item.url }) }] : []),
  ];

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
            {results.hits.map((hit) => {
              const { item } = hit;
              const titleId = titleIdOf(item.id);
              const said = note?.id === item.id ? note : null;
              return (
                <li key={item.id}>
                  <ItemCard
                    item={item}
                    packExpiresAt={hit.packExpiresAt}
                    titleId={titleId}
                    note={
                      said && (
                        <p class={said.error ? 'card-note error' : 'card-note muted'} role={said.error ? 'alert' : 'status'}>
                          {said.text}
                        </p>
                      )
                    }
                  >
                    <button
                      type="button"
                      class="secondary"
                      aria-describedby={titleId}
                      disabled={busy === item.id}
                      onClick={() => insert(hit)}
                    >
                      {t('panelInsert')}
                    </button>
                    <button type="button" class="secondary" aria-describedby={titleId} onClick={() => copy(hit)}>
                      {copied === item.id ? t('copied') : t('panelCopy')}
                    </button>
                    <MenuButton
                      id={`${titleId}-more`}
                      class="card-more"
                      buttonClass="quiet"
                      label={t('cardMore')}
                      describedBy={titleId}
                      items={more(hit)}
                    />
                  </ItemCard>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
