// @vitest-environment happy-dom
// "Copy page structure" must show the markup and nothing of anyone: every name, message,
// address, id and number of an invented page below is looked for in the output.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hrefShape, scrubIds, SNAPSHOT_CAP, structureSnapshot } from '../../src/content/linkedin/structure-snapshot';
import { loadLinkedInFixture } from './helpers/fixture';

const HREF = 'https://www.linkedin.com/messaging/thread/2-AAQ9zXyExample/?trk=alex';

/** Everything personal the page below holds, each of which must not survive. */
const SECRETS = [
  'Alex Rivera',
  'Alex',
  'Rivera',
  'alex-rivera-8c21',
  'Zoë Kowalczyk',
  'Kowalczyk',
  'zoe-kowalczyk-a1b2c3d4',
  'Priya Natarajan',
  'Natarajan',
  'Quarterly pipeline review',
  'budget sign-off',
  'ACoAABcDeFgHiJkLmNoPqRsTuVwXyZ0123456789',
  'ACoAAExampleMember123',
  'urn:li:fsd_profile:ACoAAZyXwVuTsRqPoNmLkJiHgFeDcBa9876543210',
  'fsd_profile:ACoAA',
  '7254431990123456789',
  '2-AAQ9zXyExample',
  'alex.rivera@example-corp.com',
  'example-corp',
  '+33 6 12 34 56 78',
  '06 12 34 56 78',
  '415-555-0134',
  '3f2b8c1e-9d4a-4b7e-8f6a-2c1d0e9b7a65',
  'Acme Widgets',
  'secret-slug',
  'member-photo',
  'media.licdn.com',
  'trk=alex',
  'ember412',
];

function buildPage(): Document {
  document.title = 'Alex Rivera | LinkedIn';
  document.documentElement.setAttribute('lang', 'en');
  document.body.innerHTML = `
    <header class="global-nav" id="ember412">
      <input class="search-global-typeahead__input" role="combobox" aria-expanded="false" aria-label="Search Alex Rivera" type="text" value="Priya Natarajan" placeholder="Alex">
    </header>
    <main data-sdui-screen="com.linkedin.sdui.profile.ProfileView">
      <div componentkey="com.linkedin.sdui.profile.card.refACoAABcDeFgHiJkLmNoPqRsTuVwXyZ0123456789Topcard"
           id="com.linkedin.sdui.profile.card.refACoAABcDeFgHiJkLmNoPqRsTuVwXyZ0123456789Topcard">
        <section class="a1b2c3 pv-top-card">
          <a href="https://www.linkedin.com/in/alex-rivera-8c21/overlay/contact-info/?trk=alex" class="e0f1a2">
            <h2 title="Alex Rivera">Alex Rivera</h2>
          </a>
          <img src="https://media.licdn.com/dms/image/member-photo/ACoAAExampleMember123.jpg" alt="Alex Rivera" class="pv-photo">
          <p class="f7a8b9">Head of Sales at Acme Widgets · alex.rivera@example-corp.com · +33 6 12 34 56 78</p>
          <button type="button" aria-label="Message Alex Rivera" componentkey="ProfileVerificationTriggerRef-alex-rivera-8c21">Message</button>
          <button type="button" componentkey="alex-rivera-8c21_cover_edit_button" data-testid="cover-edit">Edit</button>
          <div data-view-name="profile-card" data-member-urn="urn:li:fsd_profile:ACoAAZyXwVuTsRqPoNmLkJiHgFeDcBa9876543210" data-display-contents="true"></div>
        </section>
      </div>
      <ul class="msg-s-message-list-content">
        <li class="msg-s-event-listitem" data-event-urn="urn:li:msg_message:(urn:li:fsd_profile:ACoAAExampleMember123,2-AAQ9zXyExample)"
            componentkey="urn:li:msg_message:(urn:li:fsd_profile:ACoAAExampleMember123,2-AAQ9zXyExample)">
          <a href="/in/zoe-kowalczyk-a1b2c3d4/"><span class="msg-s-message-group__name">Zoë Kowalczyk</span></a>
          <p class="msg-s-event-listitem__body">Quarterly pipeline review: budget sign-off by Friday, call me on 06 12 34 56 78 or 415-555-0134</p>
          <a href="https://www.linkedin.com/feed/update/urn:li:activity:7254431990123456789/">post</a>
          <a href="https://secret-slug.example.org/alex?ref=Alex">elsewhere</a>
          <a href="mailto:alex.rivera@example-corp.com">mail</a>
          <a href="/messaging/thread/2-AAQ9zXyExample/">thread</a>
          <a href="/company/acme-widgets/">company</a>
        </li>
      </ul>
      <div contenteditable="true" role="textbox" tabindex="0" aria-label="Write to Priya Natarajan" data-placeholder="Hi Priya">Dear Priya Natarajan,</div>
      <div data-testid="session-3f2b8c1e-9d4a-4b7e-8f6a-2c1d0e9b7a65"></div>
      <!-- Alex Rivera viewed your profile -->
      <script>window.user = { name: "Alex Rivera" }</script>
      <style>.x::after { content: "Alex Rivera" }</style>
      <svg class="icon" aria-label="Alex"><title>Alex Rivera</title><text>Rivera</text></svg>
    </main>
    <div id="interop-outlet" data-testid="interop-shadowdom"></div>`;
  const shadow = document.getElementById('interop-outlet')!.attachShadow({ mode: 'open' });
  shadow.innerHTML = `
    <aside class="msg-overlay-container">
      <div class="msg-overlay-bubble-header" aria-label="Conversation with Alex Rivera">
        <h2 class="msg-overlay-bubble-header__title"><a href="/in/alex-rivera-8c21/">Alex Rivera</a></h2>
      </div>
      <div class="msg-form__contenteditable" contenteditable="true" role="textbox" aria-label="Write to Zoë Kowalczyk" componentkey="zoe-kowalczyk-a1b2c3d4_composer"><p>Quarterly pipeline review</p></div>
    </aside>`;
  return document;
}

describe('structureSnapshot', () => {
  const out = structureSnapshot(buildPage(), HREF);

  it.each(SECRETS)('leaves out %s', (secret) => {
    expect(out.toLowerCase()).not.toContain(secret.toLowerCase());
  });

  it('keeps tags, classes, roles, attribute names and the stable hooks, ids replaced', () => {
    for (const kept of [
      '<main data-sdui-screen="com.linkedin.sdui.profile.ProfileView">',
      'componentkey="com.linkedin.sdui.profile.card.ref{id}Topcard"',
      'componentkey="ProfileVerificationTriggerRef-{id}"',
      'componentkey="{id}_cover_edit_button" data-testid="cover-edit"',
      'componentkey="urn:li:msg_message:{id}"',
      'componentkey="{id}_composer"',
      'data-testid="session-{id}"',
      'data-view-name="profile-card" data-member-urn="_" data-display-contents="true"',
      '<input class="search-global-typeahead__input" role="combobox" aria-expanded="false" aria-label="_" type="text" value="_" placeholder="_">',
      '<div contenteditable="true" role="textbox" tabindex="0" aria-label="_" data-placeholder="_">',
      '<section class="a1b2c3 pv-top-card">',
      '<header class="global-nav" id="_">',
      '<p class="msg-s-event-listitem__body">',
      '<img src="_" alt="_" class="pv-photo">',
      '<h2 title="_">',
    ]) {
      expect(out).toContain(kept);
    }
  });

  it('walks open shadow roots and marks them', () => {
    expect(out).toMatch(/<div id="_" data-testid="interop-shadowdom">\n\s+<#shadow-root>\n\s+<aside class="msg-overlay-container">/);
    expect(out).toContain('</#shadow-root>');
    expect(out).toContain('class="msg-form__contenteditable" contenteditable="true" role="textbox"');
  });

  it('reduces addresses to their shape, query strings dropped', () => {
    for (const shape of [
      'href="/in/_/overlay/contact-info/"',
      'href="/in/_/"',
      'href="/feed/update/_/"',
      'href="https://_/"',
      'href="mailto:_"',
      'href="/messaging/thread/_/"',
      'href="/company/_/"',
    ]) {
      expect(out).toContain(shape);
    }
    expect(out).toContain('page: messaging · path: /messaging/thread/_/ · title: [text:M]');
  });

  it('replaces each text by its length class and skips script, style, svg insides and comments', () => {
    expect(out).toMatch(/<h2 title="_">\n\s+\[text:S\]\n\s+<\/h2>/);
    expect(out).toContain('<script>…</script>');
    expect(out).toContain('<style>…</style>');
    expect(out).toContain('<svg class="icon" aria-label="_">…</svg>');
    expect(out).not.toContain('viewed');
    expect(out).toMatch(/\[text:L\]/);
  });

  it('indents one level per depth and closes every element', () => {
    const opened = out.split('\n').filter((l) => /^\s*<[a-z#][^>]*>$/.test(l) && !/^\s*<(input|img|br|meta)\b/.test(l)).length;
    const closed = out.split('\n').filter((l) => /^\s*<\/[a-z#]/.test(l)).length;
    expect(opened).toBe(closed);
    expect(out).toMatch(/^<html lang="_">\n {2}<head>/m);
  });

  it('stops at the cap and says so', () => {
    // The same rule as the 2 MB default, on a page small enough for a quick test.
    expect(SNAPSHOT_CAP).toBe(2 * 1024 * 1024);
    document.body.innerHTML = '<div class="row"><span>x</span></div>'.repeat(2_000);
    const big = structureSnapshot(document, HREF, 20_000);
    expect(big.length).toBeLessThanOrEqual(20_000 + 100);
    expect(big).toMatch(/\n<!-- truncated: the structure is longer than 20000 characters -->$/);
    expect(big.split('\n').length).toBeGreaterThan(500);
  });

  it('keeps the hooks of a saved LinkedIn page, without its people', () => {
    const doc = loadLinkedInFixture('messaging-thread.html', 'https://www.linkedin.com/messaging/thread/2-ada/');
    const saved = structureSnapshot(doc, doc.location.href);
    expect(saved).toContain('<#shadow-root>');
    expect(saved).toContain('class="msg-form__contenteditable t-14" contenteditable="true" role="textbox"');
    for (const name of ['Ada', 'Sample', 'Bruno', 'Exemple', 'ada-sample-42', 'case study', 'AAA111']) expect(saved).not.toContain(name);
  });
});

describe('scrubIds', () => {
  it.each([
    ['share-box-entry', 'share-box-entry'],
    ['scaffold-layout__list-item', 'scaffold-layout__list-item'],
    ['ShareBox_textEditor', 'ShareBox_textEditor'],
    ['msg-form__contenteditable t-14 artdeco-button--2', 'msg-form__contenteditable t-14 artdeco-button--2'],
    ['jos%C3%A9-garc%C3%ADa-1a2b_cover', '{id}_cover'],
    ['josé-garcía-123456789', '{id}'],
    ['feed-item-7254431990123456789', '{id}'],
    ['AEMAAAbCdEfGhIjKlMnOpQrStUvWx', '{id}'],
    ['tracking_AbCdEfGh1234IjKlMnOp5678', 'tracking_{id}'],
    ['zoe-kowalczyk-abcdef', '{id}'],
    ['alexrivera-x_cover_edit_button', '{id}_cover_edit_button'],
    ['feed-shared-update-v2__description', '{id}__description'],
  ])('%s -> %s', (value, expected) => {
    expect(scrubIds(value)).toBe(expected);
  });

  it.each([
    ['feed-shared-update-v2 feed-shared-update-v2__description', 'feed-shared-update-v2 feed-shared-update-v2__description'],
    ['msg-form__contenteditable t-14 artdeco-button--2 mt2', 'msg-form__contenteditable t-14 artdeco-button--2 mt2'],
    ['card alex-rivera-8c21 ada-sample-42', 'card {id} {id}'],
  ])('in a class, %s -> %s', (value, expected) => {
    expect(scrubIds(value, true)).toBe(expected);
  });
});

describe('hrefShape', () => {
  it.each([
    ['https://www.linkedin.com/in/ada-sample-42/details/experience/?x=1#y', '/in/_/details/experience/'],
    ['https://fr.linkedin.com/in/ada/', 'https://_.linkedin.com/in/_/'],
    ['https://www.linkedin.com/posts/alex-rivera_title-activity-725443199-abcd', '/posts/_'],
    ['https://www.linkedin.com/in/feed/', '/in/_/'],
    ['https://www.linkedin.com/alex/', '/_/'],
    ['javascript:alert(1)', 'javascript:_'],
    ['https://linkedin.com.evil.example/in/x', 'https://_/'],
  ])('%s -> %s', (value, expected) => {
    expect(hrefShape(value, HREF)).toBe(expected);
  });
});

describe('structureSnapshot, any name', () => {
  // Names as people have them: letters of any script, spaces, apostrophes and hyphens.
  const namePart = fc.stringMatching(/^[A-Za-zÀ-ÿ][a-zà-ÿ]{2,11}$/);
  const name = fc.tuple(namePart, namePart).map(([first, last]) => `${first} ${last}`);
  const slugOf = (n: string) => n.toLowerCase().replace(/ /g, '-');

  const snapshotWith = (person: string, suffix: string) => {
    const slug = `${slugOf(person)}-${suffix}`;
    // The whole document: an earlier test's <style> left in <head> would put "style" in the
    // output and make a name like "Yle" look leaked.
    document.head.innerHTML = '';
    document.body.innerHTML = '';
    const root = document.createElement('div');
    root.className = 'card';
    const link = document.createElement('a');
    link.href = `https://www.linkedin.com/in/${encodeURIComponent(slug)}/?name=${encodeURIComponent(person)}`;
    link.setAttribute('aria-label', `View ${person}'s profile`);
    link.textContent = person;
    const other = document.createElement('a');
    other.href = `/${encodeURIComponent(slugOf(person))}/`;
    const button = document.createElement('button');
    button.setAttribute('componentkey', `ProfileVerificationTriggerRef-${slug}`);
    button.setAttribute('data-testid', `${slug}_cover_edit_button`);
    root.append(link, other, button);
    document.body.append(root);
    return { slug, text: structureSnapshot(document, `https://www.linkedin.com/in/${slug}/`).toLowerCase() };
  };
  // Words of the structure itself ("card", "button", "text"…) cannot tell a leak: skip those.
  const structure = snapshotWith('Q Q', '0').text;

  it('never lets a name put in text, aria-label, href or a componentkey survive', () => {
    fc.assert(
      fc.property(name, fc.stringMatching(/^[\da-f]{4,8}$/), (person, suffix) => {
        const { slug, text } = snapshotWith(person, suffix);
        for (const part of person.toLowerCase().split(' ')) if (!structure.includes(part)) expect(text).not.toContain(part);
        expect(text).not.toContain(slug);
      }),
      { numRuns: 300 },
    );
  });
});
