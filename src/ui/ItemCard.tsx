// One library item as the popup and the dashboard list it: title, what it is, what it is for.
import type { ComponentChildren } from 'preact';
import type { ContentItem } from '../shared/model';
import { t } from '../shared/i18n';
import { formatLabel, stageLabel } from './labels';

export function ItemCard({ item, children }: { item: ContentItem; children?: ComponentChildren }) {
  const expired = item.expiresAt !== null && item.expiresAt <= Date.now();
  return (
    <article class="item" data-item-id={item.id}>
      <h3 class="item-title">{item.title}</h3>
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
      </p>
      {item.summary && <p class="item-summary">{item.summary}</p>}
      {children && <div class="item-actions">{children}</div>}
    </article>
  );
}
