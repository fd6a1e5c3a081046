// Conversations that name the person without linking their profile: the background credits the
// one tracked prospect bearing that name, or keeps the name for the user to link later.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createDbHandle } from '../../src/background/db';
import type { Sender } from '../../src/background/router';
import { readBackup } from '../../src/domain/backup/backup-format';
import type { Interaction } from '../../src/domain/model';
import { background } from './helpers/background';
import { streamedCsv } from './helpers/export-csv';
import { item } from './helpers/items';

const page: Sender = { kind: 'extension-page', tabId: undefined };
const content: Sender = { kind: 'linkedin-content', tabId: 5 };
const THREAD = 'https://www.linkedin.com/messaging/thread/name-only/';

let n = 0;
async function setup() {
  const db = createDbHandle(`nurture-name-only-${++n}`);
  let clock = 1_000_000;
  const { route, connect } = background({ db, now: () => (clock += 1000) });
  const conn = await db();
  await conn.put('content', item({ id: 'c1', url: 'https://example.com/blog/onboarding', title: 'Onboarding costs' }));
  const call = async <T = unknown>(type: string, payload: unknown, sender: Sender = page): Promise<T> => {
    const answer = await route({ type, payload }, sender);
    if (!answer.ok) throw new Error(`${type}: ${answer.error.code} ${answer.error.message}`);
    return answer.value as T;
  };
  const track = (profilePath: string, name: string) => call('prospects.add', { profilePath, name, headline: '', company: '' });
  const share = (personName: string, link = 'https://example.com/blog/onboarding?utm_source=linkedin') =>
    call<{ id: number }>(
      'share.log',
      { contentId: 'c1', prospectId: null, personName, channel: 'message', pageUrl: THREAD, link, captionIndex: null },
      content,
    );
  const entry = async (id: number) => (await (await db()).get('interactions', id))!;
  const replies = (personName: string, externalId = 'urn:li:msg_message:2-LUC002') =>
    call<{ recorded: number }>(
      'replies.record',
      { prospectId: null, personName, pageUrl: THREAD, replies: [{ externalId, text: 'Thank you' }] },
      content,
    );
  const log = async () => (await (await db()).getAll('interactions')) as Interaction[];
  return { db, route, connect, call, track, share, entry, replies, log };
}

describe('a person named without a profile link', () => {
  it('logs a share against the one tracked prospect of that name (case, accents, spaces folded)', async () => {
    const { track, share, entry } = await setup();
    await track('/in/lucia-ejemplo', 'Lucía Ejemplo');
    await track('/in/tom', 'Tom Exemplar');
    const { id } = await share('  LUCIA   ejemplo ');
    const logged = await entry(id);
    expect(logged).toMatchObject({ kind: 'shared', status: 'draft', prospectId: '/in/lucia-ejemplo' });
    expect(logged.personName).toBeUndefined();
  });

  it('keeps only the name when no tracked prospect, or several, bear it', async () => {
    const { track, share, entry } = await setup();
    expect(await entry((await share('Lucía Ejemplo')).id)).toMatchObject({ prospectId: null, personName: 'Lucía Ejemplo' });
    await track('/in/ines-1', 'Inès Modèle');
    await track('/in/ines-2', 'Ines Modele');
    expect(await entry((await share('Ines Modele')).id)).toMatchObject({ prospectId: null, personName: 'Ines Modele' });
  });

  it('never names a prospect for a post, whatever name comes with it', async () => {
    const { call, track, entry } = await setup();
    await track('/in/lucia-ejemplo', 'Lucía Ejemplo');
    const { id } = await call<{ id: number }>(
      'share.log',
      {
        contentId: 'c1',
        prospectId: null,
        personName: 'Lucía Ejemplo',
        channel: 'post',
        pageUrl: 'https://www.linkedin.com/feed/',
        link: 'https://example.com/x',
        captionIndex: null,
      },
      content,
    );
    const logged = await entry(id);
    expect(logged).toMatchObject({ kind: 'posted', prospectId: null });
    expect(logged.personName).toBeUndefined();
  });

  it('records a reply once for the one tracked prospect of that name, and nothing with none or several', async () => {
    const { track, replies, log, call } = await setup();
    expect(await replies('Lucía Ejemplo')).toEqual({ recorded: 0 });
    await track('/in/lucia-ejemplo', 'Lucía Ejemplo');
    expect(await replies('lucia ejemplo')).toEqual({ recorded: 1 });
    expect(await replies('Lucía Ejemplo')).toEqual({ recorded: 0 });
    expect((await log()).filter((entry) => entry.kind === 'replied')).toEqual([
      expect.objectContaining({ prospectId: '/in/lucia-ejemplo', externalId: 'linkedin:urn:li:msg_message:2-LUC002' }),
    ]);
    expect((await call<{ lastReplyAt: number | null }>('prospects.get', { id: '/in/lucia-ejemplo' })).lastReplyAt).not.toBeNull();
    await track('/in/lucia-2', 'LUCÍA EJEMPLO');
    expect(await replies('Lucía Ejemplo', 'urn:li:msg_message:2-LUC003')).toEqual({ recorded: 0 });
    expect((await log()).filter((entry) => entry.kind === 'replied')).toHaveLength(1);
  });

  it('refuses a reply that names nobody, and names longer than a person’s', async () => {
    const { route } = await setup();
    const refused = await Promise.all([
      route({ type: 'replies.record', payload: { prospectId: null, pageUrl: THREAD, replies: [] } }, content),
      route({ type: 'replies.record', payload: { prospectId: null, personName: '', pageUrl: THREAD, replies: [] } }, content),
      route({ type: 'replies.record', payload: { prospectId: null, personName: 'x'.repeat(121), pageUrl: THREAD, replies: [] } }, content),
      route({ type: 'share.context', payload: { prospectId: null, personName: 'x'.repeat(121) } }, page),
    ]);
    expect(refused.map((answer) => answer.ok)).toEqual([false, false, false, false]);
  });

  it('gives the side panel the prospect of that name only when exactly one bears it', async () => {
    const { call, track } = await setup();
    type Context = { prospect: { name: string } | null };
    expect((await call<Context>('share.context', { prospectId: null, personName: 'Lucía Ejemplo' }, page)).prospect).toBeNull();
    await track('/in/lucia-ejemplo', 'Lucía Ejemplo');
    expect((await call<Context>('share.context', { prospectId: null, personName: 'lucia ejemplo' }, page)).prospect).toMatchObject({
      name: 'Lucía Ejemplo',
    });
    await track('/in/lucia-2', 'Lucia Ejemplo');
    expect((await call<Context>('share.context', { prospectId: null, personName: 'lucia ejemplo' }, page)).prospect).toBeNull();
  });

  it('confirms as sent the drafts of that name, for the prospect bearing it or by name alone', async () => {
    const { call, track, share, entry } = await setup();
    const named = await share('Lucía Ejemplo', 'https://example.com/blog/onboarding?utm_source=linkedin&n=1');
    const other = await share('Tom Exemplar', 'https://example.com/blog/onboarding?utm_source=linkedin&n=1');
    // Nobody of that name tracked: the draft of that name is sent, still by name; Tom's is not his conversation.
    expect(
      await call(
        'share.confirmSent',
        { prospectId: null, personName: 'Lucia Ejemplo', links: ['https://example.com/blog/onboarding?utm_source=linkedin&n=1'] },
        content,
      ),
    ).toEqual({ confirmed: 1 });
    expect(await entry(named.id)).toMatchObject({ status: 'sent', prospectId: null, personName: 'Lucía Ejemplo' });
    expect(await entry(other.id)).toMatchObject({ status: 'draft' });
    // Tracked now: a new draft of that name is sent to them, and they were contacted.
    await track('/in/lucia-ejemplo', 'Lucía Ejemplo');
    const later = await share('Someone Else', 'https://example.com/blog/onboarding?utm_source=linkedin&n=2');
    const draft = await share('Lucía Ejemplo', 'https://example.com/blog/onboarding?utm_source=linkedin&n=3');
    expect(await entry(draft.id)).toMatchObject({ prospectId: '/in/lucia-ejemplo' });
    expect(
      await call(
        'share.confirmSent',
        {
          prospectId: null,
          personName: 'Lucía Ejemplo',
          links: [
            'https://example.com/blog/onboarding?utm_source=linkedin&n=2',
            'https://example.com/blog/onboarding?utm_source=linkedin&n=3',
          ],
        },
        content,
      ),
    ).toEqual({ confirmed: 1 });
    expect(await entry(draft.id)).toMatchObject({ status: 'sent', prospectId: '/in/lucia-ejemplo' });
    expect(await entry(later.id)).toMatchObject({ status: 'draft' });
    expect((await call<{ lastContactAt: number | null }>('prospects.get', { id: '/in/lucia-ejemplo' })).lastContactAt).toBe(
      (await entry(draft.id)).at,
    );
  });

  it('lets the user link a name to a prospect, with every other share of that name and no prospect', async () => {
    const { call, track, share, entry, route } = await setup();
    const first = await share('Lucía Ejemplo');
    const second = await share('LUCIA EJEMPLO');
    const tom = await share('Tom Exemplar');
    await track('/in/lucia-ejemplo', 'Lucía Ejemplo');
    await track('/in/lucia-2', 'Lucia Ejemplo');
    // The page may not link anything.
    expect((await route({ type: 'activity.linkPerson', payload: { id: first.id, prospectId: '/in/lucia-2' } }, content)).ok).toBe(false);
    // Nor may anyone link to someone untracked.
    expect((await route({ type: 'activity.linkPerson', payload: { id: first.id, prospectId: '/in/nobody' } }, page)).ok).toBe(false);
    expect(await call('activity.linkPerson', { id: first.id, prospectId: '/in/lucia-2' })).toEqual({ linked: 2 });
    for (const id of [first.id, second.id]) {
      const linked = await entry(id);
      expect(linked.prospectId).toBe('/in/lucia-2');
      expect(linked.personName).toBeUndefined();
    }
    expect(await entry(tom.id)).toMatchObject({ prospectId: null, personName: 'Tom Exemplar' });
    // Linked once: linking again is refused, the entry names its person.
    expect((await route({ type: 'activity.linkPerson', payload: { id: first.id, prospectId: '/in/lucia-ejemplo' } }, page)).ok).toBe(false);
    // The timeline shows them; erasing the person erases them.
    expect((await call<Interaction[]>('prospects.timeline', { id: '/in/lucia-2' })).map((e) => e.id).sort()).toEqual(
      [first.id, second.id].sort(),
    );
    expect(await call('prospects.erase', { id: '/in/lucia-2' })).toEqual({ deletedInteractions: 2 });
    expect(await entry(tom.id)).toBeDefined();
  });

  it('shows the name in the log and in the CSV export, and carries it through a backup', async () => {
    const { call, connect, share, db } = await setup();
    await share('Lucía Ejemplo');
    const { entries } = await call<{ entries: { interaction: Interaction; prospectName: string | null }[] }>('activity.page', {
      filter: {},
      before: null,
      limit: 10,
    });
    expect(entries[0]).toMatchObject({ prospectName: null, interaction: { personName: 'Lucía Ejemplo', prospectId: null } });
    const text = await streamedCsv(connect);
    const row = text.split('\r\n')[1]!.split(',');
    expect(row[4]).toBe('Lucía Ejemplo');
    expect(row[5]).toBe('');

    const backup = (await call<{ text: string }>('backup.export', {})).text;
    expect(backup).toContain('"personName":"Lucía Ejemplo"');
    await call('backup.import', { text: backup, mode: 'replace' });
    expect((await (await db()).getAll('interactions'))[0]).toMatchObject({ personName: 'Lucía Ejemplo' });
    // A backup whose name is not a bounded string is refused whole.
    const damaged = backup.replace('"personName":"Lucía Ejemplo"', `"personName":"${'x'.repeat(121)}"`);
    const read = readBackup(damaged, 99);
    expect(read.ok).toBe(false);
    expect(readBackup(backup.replace('"personName":"Lucía Ejemplo"', '"personName":42'), 99).ok).toBe(false);
  });
});
