// The dashboard's addresses: every route survives build -> parse, every hash parses to a route
// (a bookmark or a link is anyone's text), and the background's and popup's links are the ones
// the dashboard reads.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STAGES } from '../../src/domain/model';
import { PERIODS } from '../../src/domain/insights/periods';
import {
  LOG_KINDS,
  NO_ACTIVITY_FILTER,
  NO_PROSPECTS_FILTER,
  PROSPECT_SORT_KEYS,
  dashboardPath,
  parseRoute,
  routeHash,
  viewOf,
  type Route,
} from '../../src/contract/routes';

const stage = fc.constantFrom('' as const, ...STAGES, 'lost' as const);
const words = fc.string({ maxLength: 60 });
const date = fc.option(
  fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  { nil: '' },
);

const route: fc.Arbitrary<Route> = fc.oneof(
  fc.constantFrom('library', 'sources', 'settings', 'data').map((view) => ({ view }) as Route),
  fc.record({ view: fc.constant('insights' as const), period: fc.constantFrom(...PERIODS) }),
  fc.record({ view: fc.constant('prospect' as const), id: fc.string({ minLength: 1, maxLength: 200 }) }),
  fc.record({
    view: fc.constant('prospects' as const),
    filter: fc.record({
      text: fc.string({ maxLength: 100 }),
      stage,
      persona: words,
      tag: words,
      awaiting: fc.boolean(),
      due: fc.boolean(),
      sort: fc.constantFrom(...PROSPECT_SORT_KEYS),
      descending: fc.boolean(),
    }),
  }),
  fc.record({
    view: fc.constant('activity' as const),
    filter: fc.record({
      from: date,
      to: date,
      kind: fc.constantFrom('' as const, ...LOG_KINDS),
      prospect: fc.string({ maxLength: 200 }),
      stage,
      content: fc.string({ maxLength: 200 }),
    }),
  }),
);

describe('dashboard routes', () => {
  it('parses back every route it builds, whatever the filters hold', () => {
    fc.assert(
      fc.property(route, (r) => {
        expect(parseRoute(routeHash(r))).toEqual(r);
        // One route, one address: building again gives the same hash.
        expect(routeHash(parseRoute(routeHash(r)))).toBe(routeHash(r));
      }),
    );
  });

  it('parses any hash to a route, and one that builds back to itself', () => {
    fc.assert(
      fc.property(fc.string(), (hash) => {
        const parsed = parseRoute(hash);
        expect(parseRoute(routeHash(parsed))).toEqual(parsed);
      }),
    );
  });

  it('writes the addresses the dashboard has always had, and filters only when set', () => {
    expect(routeHash({ view: 'library' })).toBe('#library');
    expect(routeHash({ view: 'prospects' })).toBe('#prospects');
    expect(routeHash({ view: 'activity', filter: {} })).toBe('#activity');
    expect(routeHash({ view: 'prospect', id: '/in/ada-sample-42' })).toBe('#prospect=%2Fin%2Fada-sample-42');
    expect(routeHash({ view: 'prospects', filter: { due: true, sort: 'nextFollowUp' } })).toBe('#prospects?due=1&sort=nextFollowUp');
    expect(routeHash({ view: 'activity', filter: { kind: 'shared', from: '2026-01-01' } })).toBe('#activity?from=2026-01-01&kind=shared');
    expect(dashboardPath({ view: 'prospect', id: '/in/ada' })).toBe('src/dashboard/index.html#prospect=%2Fin%2Fada');
    // Insights opens on 12 weeks under its old address; another period is named.
    expect(routeHash({ view: 'insights' })).toBe('#insights');
    expect(routeHash({ view: 'insights', period: '12w' })).toBe('#insights');
    expect(routeHash({ view: 'insights', period: 'quarter' })).toBe('#insights?period=quarter');
  });

  it('reads old and hand-typed addresses, and drops what it does not offer', () => {
    expect(parseRoute('')).toEqual({ view: 'library' });
    expect(parseRoute('#nowhere')).toEqual({ view: 'library' });
    expect(parseRoute('#prospect=%2Fin%2Fada')).toEqual({ view: 'prospect', id: '/in/ada' });
    // A broken escape is not a prospect: the list instead.
    expect(parseRoute('#prospect=%E0%A4%A')).toEqual({ view: 'prospects', filter: NO_PROSPECTS_FILTER });
    expect(parseRoute('#prospects?stage=nonsense&sort=evil&due=yes&q=ada')).toEqual({
      view: 'prospects',
      filter: { ...NO_PROSPECTS_FILTER, text: 'ada' },
    });
    expect(parseRoute('#activity?from=yesterday&kind=<script>&stage=lost')).toEqual({
      view: 'activity',
      filter: { ...NO_ACTIVITY_FILTER, stage: 'lost' },
    });
    expect(parseRoute(`#prospects?q=${'x'.repeat(500)}`)).toMatchObject({ filter: { text: 'x'.repeat(100) } });
    expect(parseRoute('#insights')).toEqual({ view: 'insights', period: '12w' });
    expect(parseRoute('#insights?period=all')).toEqual({ view: 'insights', period: 'all' });
    expect(parseRoute('#insights?period=52w')).toEqual({ view: 'insights', period: '12w' });
  });

  it('puts a prospect page under the Prospects tab', () => {
    expect(viewOf(parseRoute('#prospect=%2Fin%2Fada'))).toBe('prospects');
    expect(viewOf(parseRoute('#activity?kind=call'))).toBe('activity');
  });
});
