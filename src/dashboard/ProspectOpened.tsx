// What this person opened: the items whose link, shared to them with its own code (per-person
// clicks, off by default), the company's analytics counted visits for. Nothing is drawn until
// there is something to say: most records never have a line here.
import { useId } from 'preact/hooks';
import { t } from '../i18n/i18n';
import { dateOnly } from '../ui/format';
import { plural } from '../ui/plural';
import { useRequest } from '../ui/use-request';

export function ProspectOpened({ id }: { id: string }) {
  const [loaded] = useRequest('clicks.ofProspect', { prospectId: id });
  const heading = useId();
  if (loaded.state !== 'ready' || loaded.value.opened.length === 0) return null;
  return (
    <section class="opened-card" data-testid="prospect-opened" aria-labelledby={heading}>
      <h3 id={heading}>{t('prospectOpened')}</h3>
      <ul>
        {loaded.value.opened.map((item) => (
          <li key={`${item.contentId} ${item.sharedAt}`} data-content={item.contentId}>
            {plural(
              t,
              item.clicks,
              'prospectOpenedItem_one',
              'prospectOpenedItem_other',
              item.title ?? t('prospectOpenedGone'),
              dateOnly(item.sharedAt),
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
