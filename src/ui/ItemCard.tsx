// One library item as the popup and the dashboard list it: title, what it is, what it is for.
import type { ComponentChildren } from 'preact';
import type { ContentItem, PackRef } from '../domain/model';
import { t } from '../i18n/i18n';
import { formatLabel, stageLabel } from './labels';

/** "Pack: CFO pack Q3, version 2026.3": where a team pack item came from. */
export const packLabel = (pack: PackRef) =>
  pack.version ? t('packBadge', [pack.name, pack.version]) : t('packBadgeUnversioned', pack.name);

/**
 * `packExpiresAt`: when the item's pack expires (the search answers it with the item). `titleId`:
 * the title's id, for the controls that name the item they act on (aria-describedby). `children`:
 * the card's actions, on one line. `note`: under them, what the last action said.
 */
export function ItemCard({
  item,
  packExpiresAt = null,
  titleId,
  children,
  note,
}: {
  item: ContentItem;
  packExpiresAt?: number | null | undefined;
  titleId?: string | undefined;
  children?: ComponentChildren;
  note?: ComponentChildren;
}) {
  const now = Date.now();
  const expired = (item.expiresAt !== null && item.expiresAt <= now) || (packExpiresAt !== null && packExpiresAt <= now);
  return (
    <article class="item" data-item-id={item.id}>
      <h3 class="item-title" id={titleId}>
        {item.title}
      </h3>
      <p class="item-meta">
        <span class="chip">{formatLabel(item.format)}</span>
        {item.stages.map((stage) => (
          <span class="chip stage" key={stage}>
            {stageLabel(stage)}
          </span>
        ))}
        <span class="chip lang">{item.language.toUpperCase()}</span>
        {item.example && <span class="chip example">{t('exampleBadge')}</span>}
        {expired && <span class="chip expired">{t('expiredBadge')}</span>}
        {item.pack && <span class="chip pack">{packLabel(item.pack)}</span>}
      </p>
      {item.summary && <p class="item-summary">{item.summary}</p>}
      {children && <div class="item-actions">{children}</div>}
      {note}
    </article>
  );
}
