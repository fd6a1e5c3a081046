// The prospect list as a table sorted by the column the user chose, each name a link to the
// prospect's page; and its export to CSV, as listed.
import type { Prospect } from '../domain/model';
import { profileUrl } from '../domain/people/profile-ids';
import { routeHash, type ProspectSortKey } from '../contract/routes';
import { t } from '../i18n/i18n';
import { sortProspects } from '../ui/prospect-sort';
import { downloadTable } from './csv-table';
import { day, iso, stageName, when } from './prospect-labels';

export interface Order {
  sort: ProspectSortKey;
  descending: boolean;
}

export const PROSPECTS_CSV_HEADER = [
  'name',
  'profile_url',
  'headline',
  'company',
  'location',
  'persona',
  'stage',
  'tags',
  'next_follow_up',
  'created',
  'last_contact',
  'last_reply',
  'notes',
];

/** The prospects file's rows: every cell text, written by the one CSV writer (csv-table.ts). */
export function prospectsCsvRows(list: readonly Prospect[]): string[][] {
  return list.map((p) => [
    p.name,
    profileUrl(p.id) ?? '',
    p.headline,
    p.company,
    p.location ?? '',
    p.persona,
    p.stage,
    p.tags.join('|'),
    iso(p.nextFollowUp),
    iso(p.createdAt),
    iso(p.lastContactAt),
    iso(p.lastReplyAt),
    p.notes,
  ]);
}

export function exportProspects(list: readonly Prospect[]) {
  return downloadTable('prospects', PROSPECTS_CSV_HEADER, prospectsCsvRows(list));
}

export function ProspectTable({ list, order, onOrder }: { list: readonly Prospect[]; order: Order; onOrder: (order: Order) => void }) {
  const header = (key: ProspectSortKey, label: string) => (
    <th aria-sort={order.sort === key ? (order.descending ? 'descending' : 'ascending') : 'none'}>
      <button type="button" class="link" onClick={() => onOrder({ sort: key, descending: order.sort === key ? !order.descending : false })}>
        {label}
      </button>
    </th>
  );
  return (
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
        {sortProspects(list, order.sort, order.descending).map((prospect) => (
          <tr key={prospect.id}>
            <td>
              <a href={routeHash({ view: 'prospect', id: prospect.id })}>{prospect.name}</a>
            </td>
            <td>{prospect.company}</td>
            <td>{stageName(prospect.stage)}</td>
            <td>{prospect.lastReplyAt ? when(prospect.lastReplyAt) : '—'}</td>
            <td>{prospect.nextFollowUp ? day(prospect.nextFollowUp) : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
