// The log's requests: the popup's recent entries (read by the sharing service, which writes
// most of them), the dashboard's pages, export, entries by hand, insights.
import type { ACTIVITY_REQUESTS } from '../../shared/requests/activity';
import type { HandlersFor } from '../router';
import type { Sharing } from '../sharing';
import type { Activity } from './service';

export function activityHandlers({ activity, sharing }: { activity: Activity; sharing: Sharing }): HandlersFor<typeof ACTIVITY_REQUESTS> {
  return {
    'activity.recent': async ({ limit }) => sharing.recent(limit),
    'activity.page': async ({ filter, before, limit }) => activity.page(filter, before, limit),
    'activity.exportChunk': async ({ filter, after, limit, exportId }) => activity.exportChunk(filter, after, limit, exportId),
    'activity.add': async (entry) => activity.add(entry),
    'activity.setNote': async ({ id, note }) => activity.setNote(id, note),
    'activity.linkPerson': async ({ id, prospectId }) => activity.linkPerson(id, prospectId),
    'activity.delete': async ({ id }) => activity.remove(id),
    'insights.compute': async ({ period }) => activity.insights(period),
  };
}
