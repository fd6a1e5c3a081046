// @vitest-environment happy-dom
// The member-id case test across every parser: a member id (ACoA…) is case-sensitive, a slug is
// not. Every function that takes a profile URL, path or id keeps the first's case and lower-cases
// the second. The dashboard's two inputs (ProspectsView's profile URL, ActivityView's prospect
// filter) are to call profilePathOf too; they are not exported, so they are not listed here.
import { describe, expect, it } from 'vitest';
import { conversationPartner, readThreadMessages } from '../../src/content/linkedin/conversation';
import { readProfilePage } from '../../src/content/linkedin/profiles';
import { memberIdOf, profilePathOf, profileUrl, slugCase, urlNamesProfile } from '../../src/domain/people/profile-ids';

const MEMBER = '/in/ACoAAExampleMember123';
const SLUG = '/in/Jane-Doe';

/** A page whose links (a bubble header, a message group's sender) name `path`. */
function page(path: string): Document {
  document.title = 'Jane Doe | LinkedIn';
  document.body.innerHTML = `
    <div class="msg-overlay-conversation-bubble">
      <header class="msg-overlay-bubble-header"><a href="${path}/"><h2 class="msg-overlay-bubble-header__title">Jane Doe</h2></a></header>
      <ul class="msg-s-message-list-content">
        <li class="msg-s-event-listitem msg-s-event-listitem--other" data-event-urn="urn:1">
          <a class="msg-s-event-listitem__link" href="${path}/"><span class="msg-s-message-group__name">Jane Doe</span></a>
          <div class="msg-s-event-listitem__body">Hello</div>
        </li>
      </ul>
      <form class="msg-form"><div class="msg-form__contenteditable" contenteditable="true" role="textbox"></div><button class="msg-form__send-button">Send</button></form>
    </div>`;
  return document;
}

/** Every parser, as a function from a profile URL or path to the profile path it reads. */
const PARSERS: Record<string, (path: string) => string | null> = {
  profilePathOf: (path) => profilePathOf(`https://www.linkedin.com${path}/?locale=fr_FR`),
  'profilePathOf (pasted without scheme)': (path) => profilePathOf(`www.linkedin.com${path}`),
  'profilePathOf (a path)': (path) => profilePathOf(path),
  slugCase: (path) => `/in/${slugCase(path.slice(4))}`,
  'profileUrl, read back': (path) => profilePathOf(profileUrl(path) ?? ''),
  readProfilePage: (path) => readProfilePage(page(path), `https://www.linkedin.com${path}/`)?.profilePath ?? null,
  'conversationPartner (bubble header)': (path) =>
    conversationPartner(page(path).querySelector('form')!, document, 'https://www.linkedin.com/feed/')?.profilePath ?? null,
  'readThreadMessages (sender link)': (path) => readThreadMessages(page(path).querySelector('ul')!)[0]?.senderProfile ?? null,
};

describe('the member-id case test across every parser', () => {
  it.each(Object.entries(PARSERS))('%s keeps a member id as it is and lower-cases a slug', (_name, parse) => {
    expect(parse(MEMBER)).toBe(MEMBER);
    expect(parse(SLUG)).toBe('/in/jane-doe');
  });

  it('memberIdOf reads a member id in its case, and no id from a slug', () => {
    expect(memberIdOf(MEMBER)).toBe('ACoAAExampleMember123');
    expect(memberIdOf(profilePathOf(MEMBER)!)).toBe('ACoAAExampleMember123');
    expect(memberIdOf(profilePathOf(SLUG)!)).toBeNull();
  });

  it('urlNamesProfile matches a member id in its case only, a slug in any case', () => {
    expect(urlNamesProfile(`https://www.linkedin.com${MEMBER}/`, [MEMBER])).toBe(true);
    expect(urlNamesProfile(`https://www.linkedin.com${MEMBER.toLowerCase()}/`, [MEMBER])).toBe(false);
    expect(urlNamesProfile(`https://www.linkedin.com${SLUG}/`, [profilePathOf(SLUG)!])).toBe(true);
  });
});
