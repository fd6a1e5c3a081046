// The dashboard's addresses, typed in one place: which view, which prospect, which filters.
// The dashboard reads its hash with parseRoute and writes it with routeHash; the popup and the
// background (notification, "open this prospect") build their links with dashboardPath. Pure:
// no browser API, so the service worker imports it too.
//
//   #welcome (the first run)  #library  #sources  #insights  #settings  #data
//   #insights?period=all (the period every chart and table of Insights covers; 12 weeks unnamed)
//   #prospects?stage=evaluation&due=1&sort=nextFollowUp&desc=1
//   #activity?kind=shared&from=2026-01-01&prospect=%2Fin%2Fada
//   #prospect=%2Fin%2Fada-sample-42
//
// A hash is typed by anyone (a bookmark, a link): parsing is total. An unknown view is the
// library, a filter value that is not one we offer is dropped, never passed on.
import { STAGES, type ProspectStage } from '../domain/model';
import { DEFAULT_PERIOD, PERIODS, type Period } from '../domain/insights/periods';

/** Where the dashboard page is, relative to the extension's root (runtime.getURL). */
export const DASHBOARD_PAGE = 'src/dashboard/index.html';

export const VIEWS = ['library', 'sources', 'prospects', 'activity', 'insights', 'settings', 'data'] as const;
export type View = (typeof VIEWS)[number];

export const PROSPECT_SORT_KEYS = ['name', 'company', 'stage', 'lastReplyAt', 'nextFollowUp'] as const;
export type ProspectSortKey = (typeof PROSPECT_SORT_KEYS)[number];

export const LOG_KINDS = ['shared', 'posted', 'replied', 'stage', 'note', 'call', 'meeting', 'email'] as const;
export type LogKind = (typeof LOG_KINDS)[number];

const PROSPECT_STAGES: readonly ProspectStage[] = [...STAGES, 'lost'];

/** The prospect list's filters and order, as the form holds them ('' and false: no filter). */
export interface ProspectsFilter {
  text: string;
  stage: ProspectStage | '';
  persona: string;
  tag: string;
  awaiting: boolean;
  due: boolean;
  sort: ProspectSortKey;
  descending: boolean;
}

/** The activity log's filters, as the form holds them (dates as yyyy-mm-dd, local days). */
export interface ActivityFilter {
  from: string;
  to: string;
  kind: LogKind | '';
  /** The prospect chosen (their id), or a profile URL or path typed; applied only once it is a whole path. */
  prospect: string;
  stage: ProspectStage | '';
  content: string;
}

export const NO_PROSPECTS_FILTER: Readonly<ProspectsFilter> = {
  text: '',
  stage: '',
  persona: '',
  tag: '',
  awaiting: false,
  due: false,
  sort: 'name',
  descending: false,
};
export const NO_ACTIVITY_FILTER: Readonly<ActivityFilter> = { from: '', to: '', kind: '', prospect: '', stage: '', content: '' };

export type Route =
  | { view: 'welcome' | 'library' | 'sources' | 'settings' | 'data' }
  | { view: 'insights'; period: Period }
  | { view: 'prospects'; filter: ProspectsFilter }
  | { view: 'activity'; filter: ActivityFilter }
  | { view: 'prospect'; id: string };

/** What a link asks for: filters it does not name are off. */
export type RouteRequest =
  | { view: 'welcome' | 'library' | 'sources' | 'settings' | 'data' }
  | { view: 'insights'; period?: Period }
  | { view: 'prospects'; filter?: Partial<ProspectsFilter> }
  | { view: 'activity'; filter?: Partial<ActivityFilter> }
  | { view: 'prospect'; id: string };

/** The tab a route belongs to (a prospect's page is under Prospects; the first run's welcome has none). */
export const viewOf = (route: Route): View | 'welcome' => (route.view === 'prospect' ? 'prospects' : route.view);

// Bounds on what a hash may carry into a form and a request (the request schemas' own limits).
const TEXT_MAX = 100;
const ID_MAX = 200;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | '' =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : '';
const text = (value: string | null, max = TEXT_MAX) => (value ?? '').slice(0, max);
const day = (value: string | null) => (value !== null && DAY.test(value) ? value : '');
const flag = (value: string | null) => value === '1';

/** The route a hash names ("#prospects?due=1", "prospects?due=1" or ""), with every default filled in. */
export function parseRoute(hash: string): Route {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (raw.startsWith('prospect=')) {
    let id: string;
    try {
      id = decodeURIComponent(raw.slice('prospect='.length));
    } catch {
      return { view: 'prospects', filter: { ...NO_PROSPECTS_FILTER } };
    }
    return id && id.length <= ID_MAX ? { view: 'prospect', id } : { view: 'prospects', filter: { ...NO_PROSPECTS_FILTER } };
  }
  const query = raw.indexOf('?');
  const name = query === -1 ? raw : raw.slice(0, query);
  const params = new URLSearchParams(query === -1 ? '' : raw.slice(query + 1));
  const get = (key: string) => params.get(key);
  switch (name) {
    case 'prospects':
      return {
        view: 'prospects',
        filter: {
          text: text(get('q')),
          stage: oneOf(PROSPECT_STAGES, get('stage')),
          persona: text(get('persona'), 60),
          tag: text(get('tag'), 60),
          awaiting: flag(get('awaiting')),
          due: flag(get('due')),
          sort: oneOf(PROSPECT_SORT_KEYS, get('sort')) || 'name',
          descending: flag(get('desc')),
        },
      };
    case 'activity':
      return {
        view: 'activity',
        filter: {
          from: day(get('from')),
          to: day(get('to')),
          kind: oneOf(LOG_KINDS, get('kind')),
          prospect: text(get('prospect'), ID_MAX),
          stage: oneOf(PROSPECT_STAGES, get('stage')),
          content: text(get('content'), ID_MAX),
        },
      };
    case 'insights':
      return { view: 'insights', period: oneOf(PERIODS, get('period')) || DEFAULT_PERIOD };
    case 'welcome':
    case 'library':
    case 'sources':
    case 'settings':
    case 'data':
      return { view: name };
    default:
      return { view: 'library' };
  }
}

/** Only the parameters that differ from "no filter", in a fixed order: one route, one hash. */
function queryOf(pairs: [string, string | boolean][]): string {
  const params = new URLSearchParams();
  for (const [key, value] of pairs) {
    if (value === '' || value === false) continue;
    params.set(key, value === true ? '1' : value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** "#prospects?due=1": the hash of a route (what the dashboard's links and history hold). */
export function routeHash(route: RouteRequest): string {
  switch (route.view) {
    case 'prospect':
      return `#prospect=${encodeURIComponent(route.id)}`;
    case 'prospects': {
      const f = { ...NO_PROSPECTS_FILTER, ...route.filter };
      return `#prospects${queryOf([
        ['q', f.text],
        ['stage', f.stage],
        ['persona', f.persona],
        ['tag', f.tag],
        ['awaiting', f.awaiting],
        ['due', f.due],
        ['sort', f.sort === 'name' ? '' : f.sort],
        ['desc', f.descending],
      ])}`;
    }
    case 'activity': {
      const f = { ...NO_ACTIVITY_FILTER, ...route.filter };
      return `#activity${queryOf([
        ['from', f.from],
        ['to', f.to],
        ['kind', f.kind],
        ['prospect', f.prospect],
        ['stage', f.stage],
        ['content', f.content],
      ])}`;
    }
    case 'insights': {
      const period = route.period ?? DEFAULT_PERIOD;
      return `#insights${queryOf([['period', period === DEFAULT_PERIOD ? '' : period]])}`;
    }
    default:
      return `#${route.view}`;
  }
}

/** "src/dashboard/index.html#prospect=…": give it to runtime.getURL to open the dashboard there. */
export const dashboardPath = (route: RouteRequest): string => `${DASHBOARD_PAGE}${routeHash(route)}`;
