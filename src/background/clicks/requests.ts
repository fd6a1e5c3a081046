// The clicks requests, each handed to the clicks service.
import type { CLICKS_REQUESTS } from '../../contract/requests/clicks';
import type { HandlersFor } from '../router';
import type { Clicks } from './service';

export function clicksHandlers({ clicks }: { clicks: Clicks }): HandlersFor<typeof CLICKS_REQUESTS> {
  return {
    'clicks.import': async ({ text, from, to }) => clicks.import(text, { from, to }),
    'clicks.delete': async ({ period }) => clicks.remove(period),
    'clicks.figures': async ({ period }) => clicks.figures(period),
    'clicks.ofProspect': async ({ prospectId }) => clicks.ofProspect(prospectId),
  };
}
