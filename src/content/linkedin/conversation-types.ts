// What the conversation readers answer, LinkedIn's messaging and Sales Navigator's alike: in a
// file of its own so that conversation.ts (which asks sales.ts about Sales Navigator threads)
// and sales.ts share them without importing each other.

/**
 * The other person of a conversation. Some conversations name them without linking their
 * profile: `profilePath` is then null and the name is all the page says (the background
 * decides whether it names a tracked prospect; the page never learns).
 */
export interface Partner {
  profilePath: string | null;
  name: string;
}

export interface ThreadMessage {
  /** LinkedIn's message URN, or a stable hash of sender, time and position when it shows none. */
  externalId: string;
  /** True for the other person's messages (the reply signal). */
  fromThem: boolean;
  /** The group's sender name, carried forward from the first message of a group. */
  senderName: string;
  /** The sender's profile path when the message links it ("/in/slug"), carried forward too. */
  senderProfile: string | null;
  /** The time as LinkedIn shows it ("11:40 AM"), for the fallback id and display. */
  time: string;
  /** Order in the visible thread, 0 first. */
  position: number;
  /** What the message says, as shown: sent to the background only if the user chose to keep reply text. */
  text: string;
}
