// Content for the person's stage and persona that they have not received yet, each to insert
// into the LinkedIn composer the user last clicked in (they press Send) or to copy. The
// saturation guard speaks before inserting: advice, never a block ("Insert anyway"). A person who
// asked not to be contacted is the one block: nothing is offered to insert or copy for them.
import { useEffect, useRef, useState } from 'preact/hooks';
import { request } from '../contract/client';
import type { LibraryHit, ShareContext } from '../contract/index';
import { t, uiLanguage } from '../i18n/i18n';
import type { Prospect } from '../domain/model';
import { missingText } from '../i18n/template-labels';
import { copyText } from '../ui/copy';
import { ItemCard } from '../ui/ItemCard';
import { errorText } from '../ui/labels';
import { isDoNotContactRefusal } from './dnc';
import { useQuery } from '../ui/use-query';
import { composerChannel } from './channel';
import { guardWarnings, personWarnings } from './guard';
import { insertMessage } from './insert-result';
import { recommendationSearch, recommended } from './recommend';
import type { Say } from './status';
import { askPage, insertInTab } from './tab-messages';

interface Loaded {
  context: ShareContext;
  hits: LibraryHit[] | null;
}

async function load(prospect: Prospect): Promise<Loaded> {
  const context = await request('share.context', { prospectId: prospect.id });
  const search = recommendationSearch(prospect);
  if (search === null) return { context, hits: null };
  const { hits } = await request('library.search', search);
  return { context, hits: recommended(hits, context.sentContentIds) };
}

export function Recommendations({ prospect, tabId, say }: { prospect: Prospect; tabId: number; say: Say }) {
  // The stage and persona are the key: a change of either recommends for the new ones at once.
  const [loaded] = useQuery(`panel-recommend ${prospect.id} ${prospect.stage} ${prospect.persona}`, () => load(prospect), [
    'content',
    'settings',
    'prospects',
    'interactions',
  ]);
  // The item whose Insert the guard has something to say about: confirm or go back.
  const [pending, setPending] = useState<{ id: string; warnings: string[] } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const anyway = useRef<HTMLButtonElement>(null);
  // The choice is where the keyboard is: Enter inserts anyway, the next Tab goes back.
  useEffect(() => anyway.current?.focus(), [pending?.id]);

  const insert = async (hit: LibraryHit) => {
    setPending(null);
    // Asked now, not taken from when the page was read: the user may have clicked another box since.
    const page = await askPage(tabId);
    if (page === null) return say(t('panelTabGone'), true);
    if (page.composer === null) return say(t('panelNoComposer'), true);
    const share = await request('share.prepare', {
      contentId: hit.item.id,
      prospectId: prospect.id,
      channel: composerChannel(page.composer),
    });
    // Never inserted with a raw {firstName}: the user reads what is unknown instead.
    if (share.missing.length > 0) return say(missingText(t, share.missing), true);
    const answer = await insertInTab(tabId, {
      text: share.text,
      contentId: hit.item.id,
      link: share.link,
      captionIndex: share.captionIndex,
    });
    const { key, error } = insertMessage(answer);
    say(t(key), error);
  };
  const run = (hit: LibraryHit, action: (hit: LibraryHit) => Promise<void>) => {
    setBusy(hit.item.id);
    action(hit)
      // The background has the last word: marked meanwhile (a reply read in another tab), it refuses.
      .catch((error: unknown) => say(isDoNotContactRefusal(error) ? t('panelDoNotContactRefused', prospect.name) : errorText(error), true))
      .finally(() => setBusy(null));
  };
  const onInsert = (hit: LibraryHit, context: ShareContext) => {
    const warnings = guardWarnings(t, prospect.name, context, hit.item.id, uiLanguage());
    if (warnings.length > 0) setPending({ id: hit.item.id, warnings });
    else run(hit, insert);
  };
  // Pasted wherever the user likes: the 'other' channel, filled for this person.
  const copy = async (hit: LibraryHit) => {
    const share = await request('share.prepare', { contentId: hit.item.id, prospectId: prospect.id, channel: 'other' });
    if (share.missing.length > 0) return say(missingText(t, share.missing), true);
    await copyText(share.text);
    say(t('copied'));
  };

  const blocked = prospect.doNotContact === true;
  // Each button says why it is off: the reason is read with it, not only seen above the list.
  const describedBy = (titleId: string) => (blocked ? `${titleId} dnc-reason` : titleId);
  return (
    <section class="panel-subsection" aria-labelledby="recommended-title">
      <h3 id="recommended-title">{t('panelRecommended', prospect.name)}</h3>
      {loaded.state === 'loading' && <p class="muted">{t('loading')}</p>}
      {loaded.state === 'error' && <p class="error">{loaded.message}</p>}
      {loaded.state === 'ready' && loaded.value.hits === null && <p class="muted">{t('panelLostNoRecommendation')}</p>}
      {blocked && (
        <p class="advice" id="dnc-reason" data-testid="dnc-reason">
          {t('panelDoNotContactNoShare', prospect.name)}
        </p>
      )}
      {loaded.state === 'ready' && loaded.value.hits !== null && (
        <>
          {personWarnings(t, prospect.name, loaded.value.context.guard, uiLanguage()).map((warning) => (
            <p class="advice" key={warning}>
              {warning}
            </p>
          ))}
          {loaded.value.hits.length === 0 ? (
            <p class="muted">{t('panelNoRecommendation')}</p>
          ) : (
            <ul class="recommendations" aria-labelledby="recommended-title">
              {loaded.value.hits.map((hit) => {
                const titleId = `rec-${hit.item.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
                return (
                  <li key={hit.item.id} aria-labelledby={titleId}>
                    <ItemCard item={hit.item} packExpiresAt={hit.packExpiresAt} titleId={titleId}>
                      <button
                        type="button"
                        id={`${titleId}-insert`}
                        aria-describedby={describedBy(titleId)}
                        disabled={blocked || busy === hit.item.id}
                        onClick={() => onInsert(hit, loaded.value.context)}
                      >
                        {t('panelInsert')}
                      </button>
                      <button
                        type="button"
                        aria-describedby={describedBy(titleId)}
                        disabled={blocked || busy === hit.item.id}
                        onClick={() => run(hit, copy)}
                      >
                        {t('panelCopy')}
                      </button>
                    </ItemCard>
                    {pending?.id === hit.item.id && (
                      <div class="guard" role="group" aria-labelledby={`${titleId}-guard`}>
                        <p id={`${titleId}-guard`} class="advice-title">
                          {t('guardTitle')}
                        </p>
                        <ul>
                          {pending.warnings.map((warning) => (
                            <li key={warning}>{warning}</li>
                          ))}
                        </ul>
                        <div class="quick">
                          <button type="button" class="primary" ref={anyway} onClick={() => run(hit, insert)}>
                            {t('guardInsertAnyway')}
                          </button>
                          <button
                            type="button"
                            class="secondary"
                            onClick={() => {
                              setPending(null);
                              // Back where the user was, not at the top of the page.
                              document.getElementById(`${titleId}-insert`)?.focus();
                            }}
                          >
                            {t('guardBack')}
                          </button>
                        </div>
                      </div>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
