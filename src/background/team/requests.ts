// Team stats' one request: this rep's file for the manager.
import type { TEAM_REQUESTS } from '../../contract/requests/team';
import type { HandlersFor } from '../router';
import type { Team } from './service';

export function teamHandlers({ team }: { team: Team }): HandlersFor<typeof TEAM_REQUESTS> {
  return {
    'team.exportStats': async ({ weeks, label }) => team.exportStats(weeks, label === '' ? undefined : label),
  };
}
