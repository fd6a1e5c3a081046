// What the person received lately (draft until LinkedIn shows it sent) and what they answered
// (with what the answer says),
// kept live like the dashboard's timeline.
import { request } from '../contract/client';
import { t } from '../i18n/i18n';
import type { Interaction } from '../domain/model';
import { dateTime } from '../ui/format';
import { statusLabel } from '../ui/labels';
import { ReplyClassChip } from '../ui/ReplyClassChip';
import { useQuery } from '../ui/use-query';
import { contentIdsOf, latestExchanges } from './exchanges';

async function exchanges(id: string): Promise<{ entries: Interaction[]; titles: Map<string, string> }> {
  const entries = latestExchanges(await request('prospects.timeline', { id }));
  const items = await Promise.all(contentIdsOf(entries).map((contentId) => request('library.get', { id: contentId }).catch(() => null)));
  const titles = new Map<string, string>();
  for (const item of items) if (item !== null) titles.set(item.id, item.title);
  return { entries, titles };
}

function describe(entry: Interaction, titles: Map<string, string>): string {
  if (entry.kind === 'replied') return entry.note ? t('timelineRepliedText', entry.note) : t('timelineReplied');
  const title = entry.contentId === null ? '?' : (titles.get(entry.contentId) ?? '?');
  return t('timelineShared', [title, statusLabel(entry.status ?? 'draft')]);
}

export function RecentShares({ id }: { id: string }) {
  const [loaded] = useQuery(`panel-exchanges ${id}`, () => exchanges(id), ['interactions', 'content']);
  return (
    <section class="panel-subsection" aria-labelledby="exchanges-title">
      <h3 id="exchanges-title">{t('panelExchanges')}</h3>
      {loaded.state === 'loading' && <p class="muted">{t('loading')}</p>}
      {loaded.state === 'error' && <p class="error">{loaded.message}</p>}
      {loaded.state === 'ready' &&
        (loaded.value.entries.length === 0 ? (
          <p class="muted">{t('prospectReceivedNone')}</p>
        ) : (
          <ol class="exchanges" data-testid="panel-exchanges">
            {loaded.value.entries.map((entry) => (
              <li key={entry.id ?? entry.at} data-kind={entry.kind} data-status={entry.status}>
                <span class="muted small">{dateTime(entry.at)}</span> {describe(entry, loaded.value.titles)}
                {entry.replyClass && <ReplyClassChip replyClass={entry.replyClass} />}
              </li>
            ))}
          </ol>
        ))}
    </section>
  );
}
