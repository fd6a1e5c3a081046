// Sorting the dashboard's prospect list by a column. Pure.
import { STAGES, type Prospect, type ProspectStage } from '../domain/model';
import type { ProspectSortKey } from '../contract/routes';

const ORDER: ProspectStage[] = [...STAGES, 'lost'];

/** The columns the list sorts by (they are part of its address: src/contract/routes.ts). */
export type SortKey = ProspectSortKey;

/** Stages sort in journey order; missing dates go last either way. */
export function sortProspects(list: readonly Prospect[], key: SortKey, descending: boolean): Prospect[] {
  const value = (prospect: Prospect): string | number | null =>
    key === 'stage' ? ORDER.indexOf(prospect.stage) : key === 'name' || key === 'company' ? prospect[key].toLowerCase() : prospect[key];
  return [...list].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === null || vb === null) return va === vb ? 0 : va === null ? 1 : -1;
    const order = typeof va === 'number' && typeof vb === 'number' ? va - vb : String(va).localeCompare(String(vb));
    return descending ? -order : order;
  });
}
