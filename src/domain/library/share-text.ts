// The shape of every share's text, wherever it goes (a composer, the clipboard): the user's
// greeting, one blank line, then the caption with the link on the line right under it, so the
// link reads as the caption's and LinkedIn's preview card follows them.
//   "Hi Ada, I thought of you when I read this:\n\nCaption\nhttps://…"
//   "Caption\nhttps://…" (no greeting: a post, a comment, a composer the user already wrote in)

/** The text of a share from its parts; an empty part (no greeting, no caption) takes no line. */
export function shareTextOf(greeting: string, caption: string, link: string): string {
  const body = [caption.trim(), link.trim()].filter((part) => part !== '').join('\n');
  return [greeting.trim(), body].filter((part) => part !== '').join('\n\n');
}
