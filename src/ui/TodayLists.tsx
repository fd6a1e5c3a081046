// Who needs the salesperson today: follow-ups due and prospects awaiting a reply. The popup and
// the side panel show the same lists; each says what a click on a person or on "See all" does.
import { TODAY_LIST_LENGTH } from '../contract/index';
import type { Prospect } from '../domain/model';
import { t } from '../i18n/i18n';
import type { RouteRequest } from '../contract/routes';

export const ALL_DUE: RouteRequest = { view: 'prospects', filter: { due: true, sort: 'nextFollowUp' } };
export const ALL_AWAITING: RouteRequest = { view: 'prospects', filter: { awaiting: true } };

interface Actions {
  onOpen(prospect: Prospect): void;
  onSeeAll(route: RouteRequest): void;
}

function People({
  title,
  people,
  testId,
  all,
  onOpen,
  onSeeAll,
}: Actions & { title: string; people: Prospect[]; testId: string; all: RouteRequest }) {
  if (people.length === 0) return null;
  return (
    <div>
      <h2>{title}</h2>
      <ul data-testid={testId} class="people">
        {people.slice(0, TODAY_LIST_LENGTH).map((prospect) => (
          <li key={prospect.id}>
            <button type="button" class="link" onClick={() => onOpen(prospect)}>
              {prospect.name}
            </button>
            {prospect.company && <span class="muted"> · {prospect.company}</span>}
          </li>
        ))}
      </ul>
      <button type="button" class="link small" onClick={() => onSeeAll(all)}>
        {t('seeAll')}
      </button>
    </div>
  );
}

/** Nothing when both lists are empty: the caller says what it shows instead. */
export function TodayLists({ due, awaiting, ...actions }: Actions & { due: Prospect[]; awaiting: Prospect[] }) {
  return (
    <>
      <People title={t('todayDue')} people={due} testId="due" all={ALL_DUE} {...actions} />
      <People title={t('todayAwaiting')} people={awaiting} testId="awaiting" all={ALL_AWAITING} {...actions} />
    </>
  );
}
