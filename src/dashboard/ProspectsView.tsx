// The dashboard's prospects: the list with filters, adding by hand, and each prospect's page
// (every field, the timeline of interactions, the content they received, erasure).
import { useEffect, useState } from 'preact/hooks';
import { request } from '../shared/client';
import { STAGES, type Interaction, type Prospect, type ProspectStage } from '../shared/model';
import { t, uiLanguage } from '../shared/i18n';
import { errorText } from '../ui/labels';
import { useRequest } from '../ui/use-request';
import { splitList } from '../ui/edit-text';
import { sortProspects, type SortKey } from '../ui/prospect-sort';
import { isoWithOffset } from '../shared/csv/write';
import { downloadTable } from './csv-table';
import { profileUrl } from '../shared/profile-ids';

const iso = (time: number | null) => (time === null ? '' : isoWithOffset(time));

const PROSPECT_STAGES: ProspectStage[] = [...STAGES, 'lost'];

const stageName = (stage: ProspectStage) => t(`stage_${stage}`);
const when = (time: number) => new Date(time).toLocaleString(uiLanguage());

/** "https://www.linkedin.com/in/Jane-Doe/?x" or "/in/jane-doe" -> "/in/jane-doe". */
function pathFromInput(text: string): string | null {
  const match = /(?:^|linkedin\.com)(\/in\/[^/?#\s]+)/i.exec(text.trim());
  return match ? decodeURIComponent(match[1]!).toLowerCase() : null;
}

function AddProspect({ onAdded }: { onAdded: (id: string) => void }) {
  const [url, setUrl] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      class="inline add-prospect"
      onSubmit={(event) => {
        event.preventDefault();
        const profilePath = pathFromInput(url);
        if (!profilePath || !name.trim()) return setError(t('prospectAddInvalid'));
        request('prospects.add', { profilePath, name: name.trim(), headline: '', company: '' }).then(
          ({ prospect }) => onAdded(prospect.id),
          (failure: unknown) => setError(errorText(failure)),
        );
      }}
    >
      <input name="profile-url" placeholder="https://www.linkedin.com/in/…" aria-label={t('prospectProfileUrl')} value={url} onInput={(e) => setUrl(e.currentTarget.value)} />
      <input name="prospect-name" placeholder={t('prospectName')} aria-label={t('prospectName')} value={name} onInput={(e) => setName(e.currentTarget.value)} />
      <button type="submit" class="primary">
        {t('add')}
      </button>
      {error && <span class="error">{error}</span>}
    </form>
  );
}

function describeInteraction(entry: Interaction, titles: Map<string, string>): string {
  const title = entry.contentId ? (titles.get(entry.contentId) ?? '?') : '';
  switch (entry.kind) {
    case 'stage':
      return t('timelineStage', [stageName(entry.stageFrom ?? 'awareness'), stageName(entry.stageTo ?? 'awareness')]);
    case 'replied':
      return entry.note ? t('timelineRepliedText', entry.note) : t('timelineReplied');
    case 'shared':
      return t('timelineShared', [title, entry.status === 'sent' ? t('statusSent') : t('statusDraft')]);
    default:
      return `${entry.kind} ${title}`.trim();
  }
}

function ProspectPage({ id, onBack }: { id: string; onBack: () => void }) {
  const [prospect, setProspect] = useState<Prospect | null | undefined>(undefined);
  const [timeline, setTimeline] = useState<Interaction[]>([]);
  const [titles, setTitles] = useState(new Map<string, string>());
  const [status, setStatus] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    void request('prospects.get', { id }).then(setProspect, () => setProspect(null));
    void request('prospects.timeline', { id }).then(async (entries) => {
      setTimeline(entries);
      const ids = [...new Set(entries.map((entry) => entry.contentId).filter((value): value is string => value !== null))];
      const items = await Promise.all(ids.map((contentId) => request('library.get', { id: contentId })));
      setTitles(new Map(items.filter((item) => item !== null).map((item) => [item!.id, item!.title])));
    });
  }, [id, generation]);

  if (prospect === undefined) return <p class="muted">{t('loading')}</p>;
  if (prospect === null) return <p class="muted">{t('prospectGone')}</p>;

  const save = (patch: Parameters<typeof request<'prospects.update'>>[1]['patch']) =>
    request('prospects.update', { id, patch }).then(
      (updated) => {
        setProspect(updated);
        setStatus(t('saved'));
        setGeneration((n) => n + 1);
      },
      (failure: unknown) => setStatus(errorText(failure)),
    );

  const received = timeline.filter((entry) => entry.kind === 'shared' && entry.status === 'sent' && entry.contentId);

  const link = profileUrl(prospect.id);
  return (
    <section class="card" aria-labelledby="prospect-title" data-testid="prospect-page">
      <button type="button" class="secondary" onClick={onBack}>
        {t('backToProspects')}
      </button>
      <h2 id="prospect-title">{prospect.name}</h2>
      <p class="muted">
        {/* A link only to LinkedIn: an id restored from a crafted backup stays text. */}
        {link === null ? (
          prospect.id
        ) : (
          <a href={link} target="_blank" rel="noreferrer noopener">
            {prospect.id}
          </a>
        )}
        {prospect.headline && ` · ${prospect.headline}`}
        {prospect.location && ` · ${prospect.location}`}
      </p>
      <form
        class="prospect-form"
        onSubmit={(event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          const followUp = String(form.get('nextFollowUp') ?? '');
          void save({
            name: String(form.get('name') ?? ''),
            headline: String(form.get('headline') ?? ''),
            company: String(form.get('company') ?? ''),
            persona: String(form.get('persona') ?? ''),
            stage: String(form.get('stage')) as ProspectStage,
            tags: splitList(String(form.get('tags') ?? '')),
            notes: String(form.get('notes') ?? ''),
            nextFollowUp: followUp ? Date.parse(`${followUp}T09:00:00`) : null,
          });
        }}
      >
        <label class="field">
          <span>{t('prospectName')}</span>
          <input name="name" defaultValue={prospect.name} />
        </label>
        <label class="field">
          <span>{t('prospectHeadline')}</span>
          <input name="headline" defaultValue={prospect.headline} />
        </label>
        <label class="field">
          <span>{t('prospectCompany')}</span>
          <input name="company" defaultValue={prospect.company} />
        </label>
        <label class="field">
          <span>{t('filterPersona')}</span>
          <input name="persona" defaultValue={prospect.persona} />
        </label>
        <label class="field">
          <span>{t('filterStage')}</span>
          <select name="stage" defaultValue={prospect.stage}>
            {PROSPECT_STAGES.map((stage) => (
              <option key={stage} value={stage}>
                {stageName(stage)}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>{t('prospectTags')}</span>
          <input name="tags" defaultValue={prospect.tags.join(', ')} />
        </label>
        <label class="field">
          <span>{t('prospectFollowUp')}</span>
          <input type="date" name="nextFollowUp" defaultValue={prospect.nextFollowUp ? new Date(prospect.nextFollowUp).toISOString().slice(0, 10) : ''} />
        </label>
        <label class="field">
          <span>{t('prospectNotes')}</span>
          <textarea name="notes" rows={3} defaultValue={prospect.notes} />
        </label>
        <div class="actions">
          <button type="submit" class="primary">
            {t('save')}
          </button>
          <span role="status">{status}</span>
        </div>
      </form>

      <h3>{t('prospectReceived')}</h3>
      {received.length === 0 ? <p class="muted">{t('prospectReceivedNone')}</p> : (
        <ul>{received.map((entry) => <li key={entry.id}>{titles.get(entry.contentId!) ?? '?'}</li>)}</ul>
      )}

      <h3>{t('prospectTimeline')}</h3>
      <ol class="timeline" data-testid="timeline">
        {timeline.map((entry) => (
          <li key={entry.id} data-kind={entry.kind}>
            <span class="muted small">{when(entry.at)}</span> {describeInteraction(entry, titles)}
          </li>
        ))}
      </ol>

      <button
        type="button"
        class="danger"
        onClick={() => {
          if (!window.confirm(t('confirmErase', prospect.name))) return;
          void request('prospects.erase', { id }).then(onBack, (failure: unknown) => setStatus(errorText(failure)));
        }}
      >
        {t('eraseProspect')}
      </button>
    </section>
  );
}

export function ProspectsView({ selected, onSelect }: { selected: string | null; onSelect: (id: string | null) => void }) {
  const [text, setText] = useState('');
  const [stage, setStage] = useState<ProspectStage | ''>('');
  const [awaiting, setAwaiting] = useState(false);
  const [due, setDue] = useState(false);
  const [persona, setPersona] = useState('');
  const [tag, setTag] = useState('');
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'name', descending: false });
  const [generation, setGeneration] = useState(0);
  const [list] = useRequest(
    'prospects.list',
    {
      ...(text ? { text } : {}),
      ...(stage ? { stage } : {}),
      ...(awaiting ? { awaiting } : {}),
      ...(due ? { due } : {}),
      ...(persona.trim() ? { persona: persona.trim() } : {}),
      ...(tag.trim() ? { tag: tag.trim() } : {}),
    },
    [text, stage, awaiting, due, persona, tag, generation],
  );
  const header = (key: SortKey, label: string) => (
    <th aria-sort={sort.key === key ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
      <button type="button" class="link" onClick={() => setSort({ key, descending: sort.key === key ? !sort.descending : false })}>
        {label}
      </button>
    </th>
  );

  if (selected) {
    return (
      <ProspectPage
        id={selected}
        onBack={() => {
          onSelect(null);
          setGeneration((n) => n + 1);
        }}
      />
    );
  }
  return (
    <section class="card" aria-labelledby="prospects-heading">
      <h2 id="prospects-heading">{t('prospectsTitle')}</h2>
      <AddProspect onAdded={onSelect} />
      <div class="filters">
        <input type="search" placeholder={t('prospectSearch')} aria-label={t('prospectSearch')} value={text} onInput={(e) => setText(e.currentTarget.value)} />
        <select aria-label={t('filterStage')} value={stage} onChange={(e) => setStage(e.currentTarget.value as ProspectStage | '')}>
          <option value="">{t('allStages')}</option>
          {PROSPECT_STAGES.map((value) => (
            <option key={value} value={value}>
              {stageName(value)}
            </option>
          ))}
        </select>
        <input placeholder={t('filterPersona')} aria-label={t('filterPersona')} value={persona} onInput={(e) => setPersona(e.currentTarget.value)} />
        <input placeholder={t('prospectTag')} aria-label={t('prospectTag')} value={tag} onInput={(e) => setTag(e.currentTarget.value)} />
        <label class="check">
          <input type="checkbox" checked={awaiting} onChange={(e) => setAwaiting(e.currentTarget.checked)} />
          {t('filterAwaiting')}
        </label>
        <label class="check">
          <input type="checkbox" checked={due} onChange={(e) => setDue(e.currentTarget.checked)} />
          {t('filterDue')}
        </label>
      </div>
      {list.state === 'ready' && list.value.length > 0 && (
        <button
          type="button"
          class="secondary"
          onClick={() =>
            void downloadTable(
              'prospects',
              ['name', 'profile_url', 'headline', 'company', 'location', 'persona', 'stage', 'tags', 'next_follow_up', 'created', 'last_contact', 'last_reply', 'notes'],
              list.value.map((p) => [p.name, profileUrl(p.id) ?? '', p.headline, p.company, p.location ?? '', p.persona, p.stage, p.tags.join('|'), iso(p.nextFollowUp), iso(p.createdAt), iso(p.lastContactAt), iso(p.lastReplyAt), p.notes]),
            )
          }
        >
          {t('exportCsv')}
        </button>
      )}
      {list.state === 'ready' && list.value.length === 0 && <p class="muted">{t('noProspects')}</p>}
      {list.state === 'ready' && (
        <table class="prospects" data-testid="prospects">
          <thead>
            <tr>
              {header('name', t('prospectName'))}
              {header('company', t('prospectCompany'))}
              {header('stage', t('filterStage'))}
              {header('lastReplyAt', t('prospectLastReply'))}
              {header('nextFollowUp', t('prospectFollowUp'))}
            </tr>
          </thead>
          <tbody>
            {sortProspects(list.value, sort.key, sort.descending).map((prospect) => (
              <tr key={prospect.id}>
                <td>
                  <a href={`#prospect=${encodeURIComponent(prospect.id)}`}>{prospect.name}</a>
                </td>
                <td>{prospect.company}</td>
                <td>{stageName(prospect.stage)}</td>
                <td>{prospect.lastReplyAt ? when(prospect.lastReplyAt) : '—'}</td>
                <td>{prospect.nextFollowUp ? new Date(prospect.nextFollowUp).toLocaleDateString(uiLanguage()) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
