// The sharing requests, each handed to the sharing service.
import type { SHARING_REQUESTS } from '../../contract/requests/sharing';
import type { HandlersFor } from '../router';
import type { Sharing } from './service';

export function sharingHandlers({ sharing }: { sharing: Sharing }): HandlersFor<typeof SHARING_REQUESTS> {
  return {
    'share.context': async ({ prospectId, personName }) => sharing.context(prospectId, personName),
    // LinkedIn's page sees the text the content script previews (its preview is drawn there): from
    // there the text is filled only from the name the page shows, never from a tracked record,
    // whatever profile the payload names.
    'share.prepare': async ({ contentId, prospectId, personName, channel, frame, captionIndex, language }, sender) =>
      sharing.prepare(
        contentId,
        channel,
        sender.kind === 'linkedin-content' ? { prospectId: null, personName, fromPage: true } : { prospectId, personName },
        frame,
        { captionIndex, language },
      ),
    'share.log': async (entry) => sharing.log(entry),
    'share.confirmSent': async ({ prospectId, personName, links }) => sharing.confirmSent(prospectId, links, personName),
  };
}
