// @vitest-environment happy-dom
// Expected times are built with local dates (new Date(y, m, d, …)), like the reader: the tests
// hold in any time zone (run them with TZ=Pacific/Kiritimati or TZ=America/Los_Angeles to see).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_LIST_ROWS, readConversationLists, type ListRow } from '../../src/content/linkedin/conversation-list';
import { dateOrderOf, parseListTime } from '../../src/content/linkedin/list-time';
import { loadLinkedInFixture } from './helpers/fixture';

const BRUNO_THREAD = 'https://www.linkedin.com/messaging/thread/2-bruno/';
/** Thursday 10 December 2026, 15:00 local time. */
const NOW = new Date(2026, 11, 10, 15, 0).getTime();
const day = (year: number, month: number, date: number) => ({ at: new Date(year, month, date).getTime(), precision: 'day' as const });
const minute = (year: number, month: number, date: number, hours: number, minutes: number) => ({
  at: new Date(year, month, date, hours, minutes).getTime(),
  precision: 'minute' as const,
});

const load = () => loadLinkedInFixture('messaging-list.html', BRUNO_THREAD);
const pageRows = (doc: Document) => {
  const lists = readConversationLists(doc, NOW);
  expect(lists.map((list) => list.where)).toEqual(['page']);
  return lists[0]!.rows;
};
const rowNamed = (doc: Document, name: string) =>
  [...doc.querySelectorAll('li.msg-conversation-listitem')].find((li) => li.querySelector('h3')?.textContent?.trim() === name)!;
const setSnippet = (doc: Document, name: string, text: string) =>
  (rowNamed(doc, name).querySelector('.msg-conversation-card__message-snippet')!.textContent = text);
const readRow = (doc: Document, name: string) => pageRows(doc).find((row) => row.name === name)!;

afterEach(() => vi.restoreAllMocks());

describe('readConversationLists on the messaging page', () => {
  it('reads the fixture: each row, its sender, time, unread and open state; the placeholder skipped', () => {
    const doc = load();
    const lists = readConversationLists(doc, NOW);
    expect(lists).toHaveLength(1);
    expect(lists[0]!.where).toBe('page');
    expect(lists[0]!.unreadable).toBe(false);
    expect(lists[0]!.rows).toEqual<ListRow[]>([
      {
        name: 'Ada Sample',
        oneToOne: true,
        snippet: 'Thanks, happy to talk next week',
        from: 'theirs',
        time: minute(2026, 11, 10, 10, 42),
        unread: true,
        active: false,
      },
      {
        name: 'Chloé Modèle',
        oneToOne: true,
        snippet: 'Here is the case study',
        from: 'own',
        time: day(2026, 11, 9),
        unread: false,
        active: false,
      },
      {
        name: 'Ada Sample, Tom Exemplar',
        oneToOne: false,
        snippet: 'Works for both of us',
        from: 'theirs',
        time: day(2026, 11, 7),
        unread: false,
        active: false,
      },
      {
        name: 'Dan Placeholder',
        oneToOne: true,
        snippet: 'Please stop messaging me',
        from: 'theirs',
        time: day(2026, 11, 3),
        unread: false,
        active: false,
      },
      {
        name: 'Bruno Exemple',
        oneToOne: true,
        snippet: 'Sounds good, see you Thursday',
        from: 'theirs',
        time: day(2026, 10, 28),
        unread: false,
        active: true,
      },
    ]);
  });

  it('reads the older fixture: "Ada:" is hers, "You:" ours, the open row active', () => {
    const doc = loadLinkedInFixture('messaging-thread.html', 'https://www.linkedin.com/messaging/thread/2-ada/');
    const lists = readConversationLists(doc, NOW);
    // The overlay there is a chat bubble, not a list.
    expect(lists).toHaveLength(1);
    expect(lists[0]!.rows.map(({ name, from, snippet, active }) => ({ name, from, snippet, active }))).toEqual([
      { name: 'Ada Sample', from: 'theirs', snippet: 'Thanks, the case study was useful.', active: true },
      { name: 'Bruno Exemple', from: 'own', snippet: 'Here is the white paper we discussed.', active: false },
    ]);
  });

  it('tells own messages by the prefix in English, French and the other languages', () => {
    const doc = load();
    const cases: [string, ListRow['from'], string][] = [
      ['You: Here is the case study', 'own', 'Here is the case study'],
      ['Vous : Voici l’étude de cas', 'own', 'Voici l’étude de cas'],
      ['Vous\u00a0: Voici l’étude de cas', 'own', 'Voici l’étude de cas'],
      ['Vous\u202f: Voici l’étude de cas', 'own', 'Voici l’étude de cas'],
      ['Sie: Hier ist die Fallstudie', 'own', 'Hier ist die Fallstudie'],
      ['Tú: te paso el estudio', 'own', 'te paso el estudio'],
      ['Você: segue o estudo', 'own', 'segue o estudo'],
      ['Jij: hier is de studie', 'own', 'hier is de studie'],
      ['YOU:   shouting', 'own', 'shouting'],
      // Her first name or whole name as prefix: hers, without it.
      ['Chloé: Merci !', 'theirs', 'Merci !'],
      ['chloe modele : Merci !', 'theirs', 'Merci !'],
      // A colon of the text's own is not a sender.
      ['Agenda: pricing, then the pilot', 'theirs', 'Agenda: pricing, then the pilot'],
      ['See https://example.com/case', 'theirs', 'See https://example.com/case'],
      ['Younger teams: a note', 'theirs', 'Younger teams: a note'],
    ];
    for (const [shown, from, snippet] of cases) {
      setSnippet(doc, 'Chloé Modèle', shown);
      expect(readRow(doc, 'Chloé Modèle'), shown).toMatchObject({ from, snippet });
    }
    // No snippet: whose is unknown.
    rowNamed(doc, 'Chloé Modèle').querySelector('.msg-conversation-card__message-snippet')!.remove();
    expect(readRow(doc, 'Chloé Modèle')).toMatchObject({ from: 'unknown', snippet: '' });
    setSnippet(doc, 'Dan Placeholder', '   ');
    expect(readRow(doc, 'Dan Placeholder')).toMatchObject({ from: 'unknown', snippet: '' });
  });

  it('tells a group by its names, its face pile or an organisation, and keeps an InMail pill out of the snippet', () => {
    const doc = load();
    // Without the face pile, the names still tell a group; first names alone too.
    rowNamed(doc, 'Ada Sample, Tom Exemplar').querySelector('.msg-facepile-grid')!.remove();
    expect(readRow(doc, 'Ada Sample, Tom Exemplar').oneToOne).toBe(false);
    rowNamed(doc, 'Ada Sample, Tom Exemplar').querySelector('h3 span')!.textContent = 'Ada, Tom';
    expect(readRow(doc, 'Ada, Tom')).toMatchObject({ oneToOne: false, from: 'theirs', snippet: 'Works for both of us' });
    // A face pile makes one name a group's (a group with a title).
    const dan = rowNamed(doc, 'Dan Placeholder');
    const pile = doc.createElement('div');
    pile.className = 'msg-facepile-grid';
    dan.querySelector('.msg-conversation-card__content--selectable')!.before(pile);
    expect(readRow(doc, 'Dan Placeholder').oneToOne).toBe(false);
    pile.remove();
    // A sponsored message is an organisation's; an InMail is a person's, and its pill is no text.
    const snippet = dan.querySelector('.msg-conversation-card__message-snippet')!;
    snippet.innerHTML =
      '<span class="msg-conversation-card__pill t-bold">Sponsored</span><span aria-hidden="true">.</span>Grow your pipeline';
    expect(readRow(doc, 'Dan Placeholder')).toMatchObject({ oneToOne: false, snippet: 'Grow your pipeline' });
    snippet.innerHTML =
      '<span class="msg-conversation-card__pill t-bold">InMail</span><span class="msg-conversation-card__message-label-dot" aria-hidden="true">.</span>A role that may interest you';
    expect(readRow(doc, 'Dan Placeholder')).toMatchObject({ oneToOne: true, from: 'theirs', snippet: 'A role that may interest you' });
  });

  it('tells unread by the class or by an "N unread messages" label, not by "Mark as unread"', () => {
    const doc = load();
    const ada = rowNamed(doc, 'Ada Sample');
    ada
      .querySelector('.msg-conversation-card__convo-item-container--unread')!
      .classList.remove('msg-conversation-card__convo-item-container--unread');
    expect(readRow(doc, 'Ada Sample').unread).toBe(false);
    const badge = doc.createElement('span');
    ada.querySelector('h3')!.after(badge);
    for (const label of ['1 unread message', '3 unread messages', '1 message non lu', '2 messages non lus', '2 ungelesene Nachrichten']) {
      badge.setAttribute('aria-label', label);
      expect(readRow(doc, 'Ada Sample').unread, label).toBe(true);
    }
    badge.setAttribute('aria-label', 'Mark as unread');
    expect(readRow(doc, 'Ada Sample').unread).toBe(false);
  });

  it('skips placeholders and rows without a name; a list it cannot read is reported', () => {
    const doc = load();
    rowNamed(doc, 'Dan Placeholder').querySelector('h3')!.textContent = ' ';
    expect(pageRows(doc).map((row) => row.name)).toEqual(['Ada Sample', 'Chloé Modèle', 'Ada Sample, Tom Exemplar', 'Bruno Exemple']);

    // Only placeholders (still loading) or nothing at all (an empty inbox): nothing to read, nothing wrong.
    const list = doc.querySelector('ul.msg-conversations-container__conversations-list')!;
    const placeholder = list.querySelector('.msg-conversation-card--occluded')!;
    list.replaceChildren(placeholder, placeholder.cloneNode());
    expect(readConversationLists(doc, NOW)).toEqual([{ rows: [], unreadable: false, where: 'page' }]);
    list.replaceChildren();
    expect(readConversationLists(doc, NOW)).toEqual([{ rows: [], unreadable: false, where: 'page' }]);

    // Rows drawn in markup the reader does not know: unreadable.
    list.innerHTML =
      '<li class="msg-conversation-listitem"><div class="new-card"><strong>Ada Sample</strong></div></li><li><div>Tom Exemplar</div></li>';
    expect(readConversationLists(doc, NOW)).toEqual([{ rows: [], unreadable: true, where: 'page' }]);
  });

  it("prefers a time element's datetime attribute, and reads numeric dates in the page's language", () => {
    const doc = load();
    const time = rowNamed(doc, 'Dan Placeholder').querySelector('time')!;
    time.setAttribute('datetime', '2026-12-02T08:30:00Z');
    expect(readRow(doc, 'Dan Placeholder').time).toEqual({ at: Date.parse('2026-12-02T08:30:00Z'), precision: 'minute' });
    time.setAttribute('datetime', '2026-12-01');
    expect(readRow(doc, 'Dan Placeholder').time).toEqual(day(2026, 11, 1));
    time.setAttribute('datetime', 'not a date');
    expect(readRow(doc, 'Dan Placeholder').time).toEqual(day(2026, 11, 3));

    time.removeAttribute('datetime');
    time.textContent = '03/12/2026';
    expect(readRow(doc, 'Dan Placeholder').time).toEqual(day(2026, 2, 12));
    doc.documentElement.lang = 'fr';
    expect(readRow(doc, 'Dan Placeholder').time).toEqual(day(2026, 11, 3));
    time.textContent = 'jeudi prochain';
    expect(readRow(doc, 'Dan Placeholder').time).toBeNull();
  });

  it('reads at most 200 rows of a list that draws 10,000, with work bounded by the rows read', () => {
    const doc = load();
    const list = doc.querySelector('ul.msg-conversations-container__conversations-list')!;
    const row = (i: number) =>
      `<li class="msg-conversation-listitem"><div class="msg-conversation-card"><h3 class="msg-conversation-card__participant-names"><span>Person ${i} Sample</span></h3><time class="msg-conversation-card__time-stamp">Dec 1</time><p class="msg-conversation-card__message-snippet">You: note ${i}</p></div></li>`;
    list.innerHTML = Array.from({ length: 10_000 }, (_, i) => row(i)).join('');
    expect(list.children).toHaveLength(10_000);
    const queries = vi.spyOn(Element.prototype, 'querySelector');
    const [read] = readConversationLists(doc, NOW);
    expect(read!.rows).toHaveLength(MAX_LIST_ROWS);
    expect(read!.rows[199]).toMatchObject({ name: 'Person 199 Sample', from: 'own', snippet: 'note 199', time: day(2026, 11, 1) });
    // Work bounded by the rows read, not by the rows drawn.
    expect(queries.mock.calls.length).toBeGreaterThan(MAX_LIST_ROWS);
    expect(queries.mock.calls.length).toBeLessThan(MAX_LIST_ROWS * 20);
  });
});

describe('readConversationLists in the messaging overlay', () => {
  const OVERLAY_LIST = `
    <ul class="list-style-none msg-conversations-container__conversations-list msg-overlay-list-bubble__conversations-list">
      <li class="msg-conversation-listitem"><div class="msg-conversation-card msg-conversation-card__convo-item-container--unread">
        <div class="msg-conversation-listitem__link"><h3 class="msg-conversation-card__participant-names"><span>Emma Modele</span></h3>
        <time class="msg-conversation-card__time-stamp">9:05 AM</time><p class="msg-conversation-card__message-snippet">Emma: Can we move our call?</p></div></div></li>
      <li class="msg-conversation-card--occluded msg-conversation-listitem"></li>
    </ul>`;

  it("reads the open overlay list inside #interop-outlet's shadow root, not the minimised one", () => {
    const doc = load();
    const shadow = doc.querySelector('#interop-outlet')!.shadowRoot!;
    const bubble = shadow.querySelector('.msg-overlay-list-bubble')!;
    bubble.insertAdjacentHTML('beforeend', OVERLAY_LIST);
    // Minimised: the list is not open.
    expect(readConversationLists(doc, NOW).map((list) => list.where)).toEqual(['page']);
    bubble.classList.remove('msg-overlay-list-bubble--is-minimized');
    const lists = readConversationLists(doc, NOW);
    expect(lists.map((list) => list.where)).toEqual(['page', 'overlay']);
    expect(lists[1]).toEqual({
      where: 'overlay',
      unreadable: false,
      rows: [
        {
          name: 'Emma Modele',
          oneToOne: true,
          snippet: 'Can we move our call?',
          from: 'theirs',
          time: minute(2026, 11, 10, 9, 5),
          unread: true,
          active: false,
        },
      ],
    });
  });

  it("reads an overlay list drawn in the light DOM as the overlay's, on any page", () => {
    const doc = loadLinkedInFixture('feed.html', 'https://www.linkedin.com/feed/');
    const aside = doc.createElement('aside');
    aside.className = 'msg-overlay-container';
    aside.innerHTML = `<div class="msg-overlay-list-bubble">${OVERLAY_LIST}</div>`;
    doc.body.append(aside);
    const lists = readConversationLists(doc, NOW);
    expect(lists).toHaveLength(1);
    expect(lists[0]).toMatchObject({ where: 'overlay', rows: [{ name: 'Emma Modele', from: 'theirs' }] });
  });
});

describe('parseListTime', () => {
  it("reads today's times, 12- and 24-hour, English and French", () => {
    expect(parseListTime('10:42 AM', NOW)).toEqual(minute(2026, 11, 10, 10, 42));
    expect(parseListTime('2:05 PM', NOW)).toEqual(minute(2026, 11, 10, 14, 5));
    expect(parseListTime('12:05 AM', NOW)).toEqual(minute(2026, 11, 10, 0, 5));
    expect(parseListTime('12:30 pm', NOW)).toEqual(minute(2026, 11, 10, 12, 30));
    expect(parseListTime('10:42', NOW)).toEqual(minute(2026, 11, 10, 10, 42));
    expect(parseListTime('14 h 58', NOW)).toEqual(minute(2026, 11, 10, 14, 58));
    // A few minutes ahead is the clocks disagreeing; later is a label drawn yesterday.
    expect(parseListTime('15:04', NOW)).toEqual(minute(2026, 11, 10, 15, 4));
    expect(parseListTime('11:58 PM', NOW)).toEqual(minute(2026, 11, 9, 23, 58));
    for (const bad of ['25:00', '10:75', '13:00 PM', '0:10 AM']) expect(parseListTime(bad, NOW), bad).toBeNull();
  });

  it('reads today and yesterday in each language', () => {
    for (const word of ['Yesterday', 'hier', 'Hier', 'Gestern', 'ayer', 'ieri', 'ontem', 'gisteren'])
      expect(parseListTime(word, NOW), word).toEqual(day(2026, 11, 9));
    for (const word of ['Today', "aujourd'hui", 'Aujourd’hui', 'heute']) expect(parseListTime(word, NOW), word).toEqual(day(2026, 11, 10));
  });

  it('reads a weekday as the latest such day before today', () => {
    // NOW is a Thursday.
    expect(parseListTime('Mon', NOW)).toEqual(day(2026, 11, 7));
    expect(parseListTime('Monday', NOW)).toEqual(day(2026, 11, 7));
    expect(parseListTime('Wed', NOW)).toEqual(day(2026, 11, 9));
    expect(parseListTime('Fri', NOW)).toEqual(day(2026, 11, 4));
    expect(parseListTime('Sun', NOW)).toEqual(day(2026, 11, 6));
    // Its own weekday is a week ago: today's rows show a time.
    expect(parseListTime('Thu', NOW)).toEqual(day(2026, 11, 3));
    expect(parseListTime('lun.', NOW)).toEqual(day(2026, 11, 7));
    expect(parseListTime('mar.', NOW)).toEqual(day(2026, 11, 8));
    expect(parseListTime('dimanche', NOW)).toEqual(day(2026, 11, 6));
    expect(parseListTime('Mittwoch', NOW)).toEqual(day(2026, 11, 9));
    expect(parseListTime('sáb', NOW)).toEqual(day(2026, 11, 5));
    // Too short to tell, or no day.
    for (const bad of ['Mo', 'T', 'Xyz', 'Someday']) expect(parseListTime(bad, NOW), bad).toBeNull();
  });

  it('reads a month and day as this year, or last year when that is after today', () => {
    expect(parseListTime('Dec 3', NOW)).toEqual(day(2026, 11, 3));
    expect(parseListTime('Dec 10', NOW)).toEqual(day(2026, 11, 10));
    expect(parseListTime('Dec 11', NOW)).toEqual(day(2025, 11, 11));
    expect(parseListTime('Sep 20', NOW)).toEqual(day(2026, 8, 20));
    expect(parseListTime('Sept. 20', NOW)).toEqual(day(2026, 8, 20));
    expect(parseListTime('December 31', NOW)).toEqual(day(2025, 11, 31));
    expect(parseListTime('Dec 3, 2025', NOW)).toEqual(day(2025, 11, 3));
    // French, German, Spanish.
    expect(parseListTime('3 déc.', NOW)).toEqual(day(2026, 11, 3));
    expect(parseListTime('3 déc. 2025', NOW)).toEqual(day(2025, 11, 3));
    expect(parseListTime('28 févr.', NOW)).toEqual(day(2026, 1, 28));
    expect(parseListTime('14 juil.', NOW)).toEqual(day(2026, 6, 14));
    expect(parseListTime('1 juin', NOW)).toEqual(day(2026, 5, 1));
    expect(parseListTime('3. Dez.', NOW)).toEqual(day(2026, 11, 3));
    expect(parseListTime('3 de dic.', NOW)).toEqual(day(2026, 11, 3));
    // February 29: the latest year that has one.
    expect(parseListTime('Feb 29', NOW)).toEqual(day(2024, 1, 29));
    for (const bad of ['Dec 32', 'Feb 30', 'juil', '3 jui', 'Dec 3, 2027', 'Dec 3 10 2026'])
      expect(parseListTime(bad, NOW), bad).toBeNull();
  });

  it('reads numeric dates: ISO and dots plainly, slashes by their parts, else by the order given, else the earliest past reading', () => {
    expect(parseListTime('2026-12-03', NOW)).toEqual(day(2026, 11, 3));
    expect(parseListTime('03.12.2026', NOW)).toEqual(day(2026, 11, 3));
    expect(parseListTime('25/11/2026', NOW)).toEqual(day(2026, 10, 25));
    expect(parseListTime('11/25/2026', NOW)).toEqual(day(2026, 10, 25));
    expect(parseListTime('11/25/26', NOW)).toEqual(day(2026, 10, 25));
    // Both parts ≤ 12: the page's order decides…
    expect(parseListTime('03/12/2026', NOW, 'dmy')).toEqual(day(2026, 11, 3));
    expect(parseListTime('03/12/2026', NOW, 'mdy')).toEqual(day(2026, 2, 12));
    // …unless its reading is after today: then the other one.
    expect(parseListTime('12/11/2026', NOW, 'dmy')).toEqual(day(2026, 10, 12));
    expect(parseListTime('12/11/2026', NOW, 'mdy')).toEqual(day(2026, 10, 12));
    // Without an order: the earlier of the readings not after today (the earliest it can mean).
    expect(parseListTime('03/12/2026', NOW)).toEqual(day(2026, 2, 12));
    expect(parseListTime('12/03/2026', NOW)).toEqual(day(2026, 2, 12));
    for (const bad of ['31/31/2026', '12/31/2027', '1/2/3', '123/1/2026']) expect(parseListTime(bad, NOW), bad).toBeNull();
  });

  it('reads nothing from what is not a time', () => {
    for (const bad of ['', '   ', '5d', '2w', 'now', 'Sponsored', 'x'.repeat(60)]) expect(parseListTime(bad, NOW), bad).toBeNull();
  });

  it('holds across a daylight-saving change (local midnights, not 24-hour steps)', () => {
    // Whatever the zone, "Yesterday" and a weekday are local midnights of those days.
    const afterChange = new Date(2026, 2, 30, 9, 0).getTime(); // a Monday, after most spring changes
    expect(parseListTime('Yesterday', afterChange)).toEqual(day(2026, 2, 29));
    expect(parseListTime('Fri', afterChange)).toEqual(day(2026, 2, 27));
    expect(parseListTime('7:30 AM', afterChange)).toEqual(minute(2026, 2, 30, 7, 30));
  });

  it('takes the numeric order from the page language', () => {
    expect(dateOrderOf('en')).toBe('mdy');
    expect(dateOrderOf('en-US')).toBe('mdy');
    expect(dateOrderOf('en-GB')).toBe('dmy');
    expect(dateOrderOf('fr')).toBe('dmy');
    expect(dateOrderOf('')).toBeUndefined();
  });
});
