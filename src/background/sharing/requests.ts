// The sharing requests, each handed to the sharing service.
import type { SHARING_REQUESTS } from '../../shared/requests/sharing';
import type { HandlersFor } from '../router';
import type { Sharing } from './service';

export function sharingHandlers({ sharing }: { sharing: Sharing }): HandlersFor<typeof SHARING_REQUESTS> {
  return {
    'share.context': async ({ prospectId, personName }) => sharing.context(prospectId, personName),
    'share.prepare': async ({ contentId, prospectId, personName, channel, frame }) => sharing.prepare(contentId, channel, { prospectId, personName }, frame),
    'share.log': async (entry) => sharing.log(entry),
    'share.confirmSent': async ({ prospectId, personName, links }) => sharing.confirmSent(prospectId, links, personName),
  };
}
