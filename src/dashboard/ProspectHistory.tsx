// What a prospect received and the timeline of every interaction with them, kept live: a share
// from LinkedIn, a reply read in another tab or a stage change shows as soon as it is logged.
import { request } from '../contract/client';
import type { Interaction } from '../domain/model';
import { t } from '../i18n/i18n';
import { useQuery } from '../ui/use-query';
import { stageName, when } from './prospect-labels';
import { kindLabel, statusLabel } from '../ui/labels';
import { ReplyClassChip } from '../ui/ReplyClassChip';

function describeInteraction(entry: Interaction, titles: Map<string, string>): string {
  const title = entry.contentId ? (titles.get(entry.contentId) ?? '?') : '';
  switch (entry.kind) {
    case 'stage':
      return t('timelineStage', [stageName(entry.stageFrom ?? 'awareness'), stageName(entry.stageTo ?? 'awareness')]);
    case 'replied':
      return entry.note ? t('timelineRepliedText', entry.note) : t('timelineReplied');
    case 'shared':
      return t('timelineShared', [title, statusLabel(entry.status ?? 'draft')]);
    default:
      return title ? `${kindLabel(entry.kind)} · ${title}` : kindLabel(entry.kind);
  }
}

/** The timeline and the title of each item in it. */
async function history(id: string): Promise<{ timeline: Interaction[]; titles: Map<string, string> }> {
  const timeline = await request('prospects.timeline', { id });
  const ids = [...new Set(timeline.map((entry) => entry.contentId).filter((value): value is string => value !== null))];
  const items = await Promise.all(ids.map((contentId) => request('library.get', { id: contentId })));
  return { timeline, titles: new Map(items.filter((item) => item !== null).map((item) => [item!.id, item!.title])) };
}

export function ProspectHistory({ id }: { id: string }) {
  const [loaded] = useQuery(`history ${id}`, () => history(id), ['interactions', 'content']);
  const { timeline, titles } = loaded.state === 'ready' ? loaded.value : { timeline: [], titles: new Map<string, string>() };
  const received = timeline.filter((entry) => entry.kind === 'shared' && entry.status === 'sent' && entry.contentId);
  return (
    <>
      <h3>{t('prospectReceived')}</h3>
      {received.length === 0 ? (
        <p class="muted">{t('prospectReceivedNone')}</p>
      ) : (
        <ul>
          {received.map((entry) => (
            <li key={entry.id}>{titles.get(entry.contentId!) ?? '?'}</li>
          ))}
        </ul>
      )}

      <h3>{t('prospectTimeline')}</h3>
      <ol class="timeline" data-testid="timeline">
        {timeline.map((entry) => (
          <li key={entry.id} data-kind={entry.kind}>
            <span class="muted small">{when(entry.at)}</span> {describeInteraction(entry, titles)}
            {entry.replyClass && <ReplyClassChip replyClass={entry.replyClass} />}
          </li>
        ))}
      </ol>
    </>
  );
}
