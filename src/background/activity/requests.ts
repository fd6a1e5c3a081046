// The log's requests: the popup's recent entries, the dashboard's pages, entries by hand,
// insights. (The CSV export is a port, not a request: export-stream.ts.)
import type { ACTIVITY_REQUESTS } from '../../contract/requests/activity';
import type { HandlersFor } from '../router';
import type { Activity } from './service';

export function activityHandlers({ activity }: { activity: Activity }): HandlersFor<typeof ACTIVITY_REQUESTS> {
  return {
    'activity.recent': async ({ limit }) => activity.recent(limit),
    'activity.page': async ({ filter, before, limit }) => activity.page(filter, before, limit),
    'activity.add': async (entry) => activity.add(entry),
    'activity.setNote': async ({ id, note }) => activity.setNote(id, note),
    'activity.linkPerson': async ({ id, prospectId }) => activity.linkPerson(id, prospectId),
    'activity.delete': async ({ id }) => activity.remove(id),
    'insights.compute': async ({ period }) => activity.insights(period),
  };
}
