// Where the panel's Insert goes decides the share's channel: the link's tagging and whether the
// message frame comes first (share.prepare).
import type { FocusedComposer } from '../contract/panel-protocol';
import type { Channel } from '../domain/model';

/** The channel of a share inserted into `composer`: a private message unless the user focused a post or a comment. */
export function composerChannel(composer: FocusedComposer | null): Channel {
  if (composer === null || composer.kind === 'message') return composer?.inmail ? 'inmail' : 'message';
  return composer.kind;
}
