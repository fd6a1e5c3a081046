import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/domain/library/decode';
import { parseFeed } from '../../src/domain/library/feeds';
import type { ParsedFile, RawItem } from '../../src/domain/library/raw-item';
import { parseError } from './helpers/parse-error';

const fixture = (name: string) => decodeText(new Uint8Array(readFileSync(resolve('test/fixtures/feeds', name))));

function item(parsed: ParsedFile, index: number): RawItem {
  const found = parsed.items[index];
  if (!found) throw new Error(`no item ${index + 1} in ${JSON.stringify(parsed.items.map((i) => i.where))}`);
  return found;
}

const rss = (items: string, channel = '') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>T</title><link>https://blog.example.com/</link>${channel}${items}</channel></rss>`;

const atom = (entries: string, attributes = '') =>
  `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"${attributes}><title>A</title><id>urn:x</id>${entries}</feed>`;

describe('parseFeed: WordPress RSS', () => {
  const parsed = parseFeed(fixture('wordpress.rss.xml'));

  it('reads the channel: kind, decoded title and language', () => {
    expect(parsed.kind).toBe('rss');
    expect(parsed.title).toBe('Pipeline Notes – Selling to Mid-Market Teams');
    expect(parsed.language).toBe('en-US');
    expect(parsed.items).toHaveLength(2);
    expect(parsed.rejected).toEqual([]);
  });

  it('maps an item, decoding &#8217; &#8211; and &hellip; in the title', () => {
    const first = item(parsed, 0);
    expect(first).toMatchObject({
      where: 'item 1',
      id: 'https://pipelinenotes.example.com/?p=1482',
      url: 'https://pipelinenotes.example.com/2025/03/04/discovery-calls-that-convert/',
      title: 'Why Your Discovery Calls Don’t Convert – and What to Ask Instead…',
      summaryIsHtml: true,
      publishedAt: 'Tue, 04 Mar 2025 08:00:00 +0000',
      topics: ['Discovery', 'Prospecting', 'Sales Process'],
      language: 'en-US',
    });
    // The description wins over content:encoded, and its CDATA HTML is kept as found.
    expect(first.summary).toMatch(/^<p>Most discovery calls stall because the seller asks about features/);
    expect(first.summary).toContain('buyer&#8217;s cost of doing nothing');
    expect(first.summary).not.toContain('<h2>Five questions</h2>');
  });

  it('decodes &#038; in a title once, not twice', () => {
    expect(item(parsed, 1).title).toBe('Mutual Action Plans & the CFO: A Template');
    expect(item(parsed, 1).summary).toContain('Download the template &amp; adapt it');
  });
});

describe('parseFeed: Medium RSS', () => {
  const parsed = parseFeed(fixture('medium.rss.xml'));

  it('reads CDATA titles and keeps tracking parameters on links', () => {
    expect(parsed.title).toBe('Stories by Riley Example on Medium');
    expect(parsed.language).toBeUndefined();
    expect(item(parsed, 0)).toMatchObject({
      id: 'https://medium.com/p/8c1d2e3f4a5b',
      url: 'https://medium.com/@riley.example/the-just-checking-in-email-is-dead-8c1d2e3f4a5b?source=rss-3f9a1c2b7d4e------2',
      title: 'The “Just Checking In” Email Is Dead. Send a Point of View Instead.',
      publishedAt: 'Mon, 10 Mar 2025 13:58:40 GMT',
      topics: ['sales', 'b2b', 'email-marketing', 'follow-up'],
      summaryIsHtml: true,
    });
  });

  it('uses content:encoded when there is no description', () => {
    expect(item(parsed, 0).summary).toContain('<strong>point of view</strong>. Replace them with one insight &amp; one question.');
  });

  it('keeps a title that looks like a number as a string', () => {
    expect(item(parsed, 1).title).toBe('2024');
    expect(typeof item(parsed, 1).title).toBe('string');
  });
});

describe('parseFeed: Substack RSS', () => {
  const parsed = parseFeed(fixture('substack.rss.xml'));

  it('reads a one-line feed with a CDATA language', () => {
    expect(parsed).toMatchObject({ kind: 'rss', title: 'The Deal Desk', language: 'en' });
    expect(parsed.items).toHaveLength(2);
    expect(item(parsed, 1)).toEqual({
      where: 'item 2',
      id: 'https://dealdesk.substack.com/p/multi-year-deals',
      url: 'https://dealdesk.substack.com/p/multi-year-deals',
      title: 'Multi-Year Deals Without the Regret',
      summary: 'Ramp clauses, price holds & the two questions to ask before signing for three years.',
      summaryIsHtml: true,
      publishedAt: 'Fri, 28 Feb 2025 11:00:12 GMT',
      language: 'en',
    });
  });
});

describe('parseFeed: Blogger Atom', () => {
  const parsed = parseFeed(fixture('blogger.atom.xml'));

  it('reads the feed title and its entries', () => {
    expect(parsed.kind).toBe('atom');
    expect(parsed.title).toBe('Territory & Quota');
    expect(parsed.items).toHaveLength(2);
  });

  it('picks the alternate text/html link among replies, edit and self', () => {
    expect(item(parsed, 0)).toMatchObject({
      where: 'item 1',
      id: 'tag:blogger.com,1999:blog-1234567890123456789.post-1111111111111111111',
      url: 'https://territoryquota.blogspot.com/2025/02/account-plans-reps-use.html',
      title: 'Account Plans Your Reps Will Actually Use',
      publishedAt: '2025-02-27T10:00:00.000+01:00',
      topics: ['account planning', 'coaching'],
      summaryIsHtml: true,
    });
    expect(item(parsed, 1).url).toBe('https://territoryquota.blogspot.com/2025/02/30-second-opener.html');
  });

  it('unescapes type="html" content once: markup back, &amp;amp; and &amp;eacute; left for the HTML reader', () => {
    const summary = item(parsed, 0).summary ?? '';
    expect(summary).toContain('Keep it to <b>one page</b>: the buying group, their priorities &amp; the next three meetings.');
    expect(summary).toContain('Caf&eacute; meetings');
  });
});

describe('parseFeed: Hugo Atom with xml:base', () => {
  const parsed = parseFeed(fixture('hugo.atom.xml'), 'https://cdn.example.net/feeds/atom.xml');

  it('turns an html title into text and reads xml:lang', () => {
    expect(parsed.title).toBe('Notes terrain — vente B2B');
    expect(parsed.language).toBe('fr');
  });

  it('resolves relative links against the feed xml:base and keeps xhtml content as markup', () => {
    const first = item(parsed, 0);
    expect(first).toMatchObject({
      id: 'https://notes-terrain.example.org/blog/posts/qualifier-sans-interroger/',
      url: 'https://notes-terrain.example.org/blog/posts/qualifier-sans-interroger/',
      title: 'Qualifier sans interroger : la méthode des hypothèses',
      publishedAt: '2025-03-01T09:00:00+01:00',
      topics: ['qualification', 'découverte'],
      language: 'fr',
      summaryIsHtml: true,
    });
    expect(first.summary).toContain('<p>Arriver avec <strong>trois hypothèses</strong> sur le client &amp; les faire valider.</p>');
  });

  it('applies an entry xml:base relative to the feed one, and the entry xml:lang', () => {
    expect(item(parsed, 1)).toEqual({
      where: 'item 2',
      id: 'urn:uuid:6c1f3a52-5b7e-4d0f-9a51-2f2d7c3e8a10',
      url: 'https://notes-terrain.example.org/archives/2024/champions-vs-coaches.html',
      title: 'Champions vs. coaches',
      summary: 'A champion sells for you when you are not in the room; a coach only tells you how.',
      summaryIsHtml: false,
      publishedAt: '2024-11-20T08:00:00Z',
      language: 'en',
    });
  });
});

describe('parseFeed: windows-1252 RSS', () => {
  it('gets é, ’ and € once the bytes go through decodeText, and resolves the link against the channel', () => {
    const parsed = parseFeed(fixture('windows-1252.rss.xml'));
    expect(parsed.title).toBe('Vente B2B en région');
    expect(parsed.language).toBe('fr');
    expect(item(parsed, 0)).toEqual({
      where: 'item 1',
      url: 'https://vente-region.example.fr/articles/prix-objection',
      title: 'Le prix n’est pas l’objection : 5 000 € de budget',
      summary: 'Qualifier le budget dès le premier appel.',
      summaryIsHtml: true,
      language: 'fr',
    });
  });
});

describe('parseFeed: ISO-8859-1 RSS without a prolog', () => {
  it('imports the accents intact (no U+FFFD), the bytes read as windows-1252', () => {
    const parsed = parseFeed(fixture('latin1-no-prolog.rss.xml'));
    expect(parsed.title).toBe('Notícias de Vendas Exemplo');
    expect(item(parsed, 0).title).toBe('Inquérito: como a gestão de leads mudou em São Paulo');
    expect(item(parsed, 1).title).toBe('Cinco lições de vendas consultivas para a indústria');
  });
});

describe('parseFeed: JSON Feed', () => {
  const parsed = parseFeed(fixture('jsonfeed.json'), 'https://elsewhere.example.com/feed.json');

  it('reads the feed title and language', () => {
    expect(parsed).toMatchObject({ kind: 'json-feed', title: 'Revenue Ops Weekly', language: 'en-GB', rejected: [] });
    expect(parsed.items).toHaveLength(3);
  });

  it('maps content_html, tags and date_published', () => {
    expect(item(parsed, 0)).toMatchObject({
      id: 'https://revops-weekly.example.net/2025/forecast-categories',
      url: 'https://revops-weekly.example.net/2025/forecast-categories',
      title: 'Forecast Categories That Mean the Same Thing to Everyone',
      summaryIsHtml: true,
      publishedAt: '2025-03-03T07:30:00Z',
      topics: ['forecasting', 'sales ops', 'CRM'],
      language: 'en-GB',
    });
    expect(item(parsed, 0).summary).toContain('If “commit” means 90% to one manager');
  });

  it('prefers summary to content, date_modified when unpublished, resolves against home_page_url', () => {
    expect(item(parsed, 1)).toEqual({
      where: 'item 2',
      id: '42',
      url: 'https://revops-weekly.example.net/2025/lead-routing',
      title: 'Lead Routing in Under a Minute',
      summary: 'Speed to lead still wins: how three teams got first touch under sixty seconds.',
      summaryIsHtml: false,
      publishedAt: '2025-02-20T12:00:00Z',
      topics: ['lead routing'],
      language: 'fr-FR',
    });
  });

  it('keeps an item that only has an external_url', () => {
    expect(item(parsed, 2)).toEqual({
      where: 'item 3',
      id: 'link-only-2025-02',
      url: 'https://research.example.com/reports/b2b-buying-groups-2025',
      summary: 'Worth reading: buying groups grew again this year.',
      summaryIsHtml: false,
      language: 'en-GB',
    });
  });

  it('rejects items that are not objects or have neither url nor title, and reads numeric ids', () => {
    const result = parseFeed(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1',
        title: 'T',
        items: ['oops', { id: 7, content_text: 'no link, no title' }, { id: 8, title: 'Kept' }],
      }),
    );
    expect(result.rejected).toEqual([
      { where: 'item 1', reason: 'not an object' },
      { where: 'item 2', reason: 'no link and no title' },
    ]);
    expect(result.items).toEqual([{ where: 'item 3', id: '8', title: 'Kept' }]);
  });
});

describe('parseFeed: missing dates and rejections', () => {
  const parsed = parseFeed(fixture('missing-dates.rss.xml'));

  it('keeps items without dates, resolves relative links against the channel link', () => {
    expect(parsed.items.map((i) => [i.where, i.url, i.title])).toEqual([
      ['item 1', 'https://enablement.example.com/library/playbooks/objections.html', 'Objection Handling Playbook'],
      ['item 2', 'https://enablement.example.com/library/playbooks/discovery-checklist.html', undefined],
      ['item 3', 'https://enablement.example.com/library/referrals', 'Referral Ask Scripts'],
    ]);
    expect(parsed.items.every((i) => i.publishedAt === undefined)).toBe(true);
  });

  it('uses a permalink guid as the link', () => {
    expect(item(parsed, 2).id).toBe('https://enablement.example.com/library/referrals');
  });

  it('rejects the item with neither link nor title', () => {
    expect(parsed.rejected).toEqual([{ where: 'item 4', reason: 'no link and no title' }]);
  });
});

describe('parseFeed: files that are not feeds', () => {
  it('refuses the truncated RSS, saying where it ends', () => {
    const error = parseError(() => parseFeed(fixture('broken.rss.xml')));
    expect(error.where).toBe('line 12');
    expect(error.message).toBe(
      'line 12: not well-formed XML: the file is cut short, it ends before <link> is closed (open: rss > channel > item > link)',
    );
  });

  it('gives the line of a mismatched tag', () => {
    const error = parseError(() => parseFeed('<?xml version="1.0"?>\n<rss>\n<channel>\n<item><title>x</item>\n</channel></rss>'));
    expect(error.where).toBe('line 4');
    expect(error.message).toMatch(/^line 4: not well-formed XML: .*title/);
  });

  it('counts the blank lines before the prolog in line numbers', () => {
    const error = parseError(() => parseFeed('\n\n<?xml version="1.0"?>\n<rss>\n<channel>\n<title a="1>x</title></channel></rss>'));
    expect(error.where).toBe('line 6');
  });

  it('refuses a bare & the way XML does', () => {
    expect(parseError(() => parseFeed(rss('<item><title>Q & A</title></item>'))).message).toMatch(/^line 2: not well-formed XML/);
  });

  it('refuses well-formed XML that is not a feed (a sitemap)', () => {
    expect(parseError(() => parseFeed(fixture('not-a-feed.xml'))).message).toBe(
      'not a feed: the root element is <urlset>, expected <rss>, <feed> (Atom) or <rdf:RDF>',
    );
  });

  it('refuses an SVG and an <rss> without a channel', () => {
    expect(parseError(() => parseFeed('<svg xmlns="http://www.w3.org/2000/svg"><rect width="1"/></svg>')).message).toMatch(/<svg>/);
    expect(parseError(() => parseFeed('<rss version="2.0"></rss>')).message).toBe('not a feed: <rss> has no <channel>');
  });

  it('refuses an HTML page', () => {
    expect(parseError(() => parseFeed('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head></html>')).message).toMatch(/HTML page/);
  });

  it('refuses invalid JSON', () => {
    const error = parseError(() => parseFeed('{\n  "version": "https://jsonfeed.org/version/1.1",\n  "items": [,]\n}'));
    expect(error.message).toMatch(/not valid JSON/);
    // When the engine gives a position, it becomes a line: V8 points at the "}" after the trailing comma.
    const trailing = parseError(() => parseFeed('{\n  "version": "https://jsonfeed.org/version/1.1",\n  "items": [],\n}'));
    expect(trailing.message).toMatch(/^line 4: not valid JSON/);
  });

  it('refuses JSON that is not a JSON Feed', () => {
    expect(parseError(() => parseFeed('{"nurture": "library", "version": 1, "items": []}')).message).toMatch(/^not a JSON Feed/);
    expect(parseError(() => parseFeed('[{"url": "https://example.com"}]')).message).toMatch(/^not a JSON Feed/);
    expect(parseError(() => parseFeed('{"version": "https://jsonfeed.org/version/1.1", "items": {}}')).message).toBe(
      'not a JSON Feed: "items" is not an array',
    );
  });

  it('refuses empty and plain-text files', () => {
    expect(parseError(() => parseFeed(' \n ')).message).toBe('the file is empty');
    expect(parseError(() => parseFeed('title,url\nA,https://example.com')).message).toMatch(/^not a feed/);
  });
});

describe('parseFeed: XML details', () => {
  it('decodes the XML entities, numeric references and HTML named entities in titles', () => {
    const parsed = parseFeed(rss('<item><title>Q&amp;A &lt;live&gt; &#233;t&#xE9; &#x2019; caf&eacute;&nbsp;cr&egrave;me</title></item>'));
    // A lone no-break space stays one: French typography needs it before ":" and "?".
    expect(item(parsed, 0).title).toBe('Q&A <live> été ’ café\u00a0crème');
  });

  it('decodes entities in attributes', () => {
    const parsed = parseFeed(atom('<entry><title>x</title><link href="https://example.com/p?a=1&amp;b=2"/></entry>'));
    expect(item(parsed, 0).url).toBe('https://example.com/p?a=1&b=2');
  });

  it('merges CDATA into text without decoding inside it, and keeps the spaces around it', () => {
    const parsed = parseFeed(rss('<item><title>T</title><description>Intro <![CDATA[<p>Tom &amp; Jerry</p>]]> outro</description></item>'));
    expect(item(parsed, 0).summary).toBe('Intro <p>Tom &amp; Jerry</p> outro');
  });

  it('decodes a CDATA title the way readers do', () => {
    expect(item(parseFeed(rss('<item><title><![CDATA[Q&amp;A: the CFO&#8217;s view]]></title></item>')), 0).title).toBe(
      'Q&A: the CFO’s view',
    );
  });

  it('keeps number-like values as strings', () => {
    const parsed = parseFeed(rss('<item><title>2024</title><guid isPermaLink="false">0012</guid><category>42</category></item>'));
    expect(item(parsed, 0)).toMatchObject({ title: '2024', id: '0012', topics: ['42'] });
  });

  it('handles a single item with a single category (not arrays in the XML)', () => {
    const parsed = parseFeed(rss('<item><title>Only</title><link>/only</link><category>Solo</category></item>'));
    expect(parsed.items).toEqual([{ where: 'item 1', url: 'https://blog.example.com/only', title: 'Only', topics: ['Solo'] }]);
  });

  it('handles a single Atom entry with a single link', () => {
    const parsed = parseFeed(atom('<entry><title>One</title><link href="https://example.com/one"/><category term="solo"/></entry>'));
    expect(parsed.items).toEqual([{ where: 'item 1', url: 'https://example.com/one', title: 'One', topics: ['solo'] }]);
  });

  it('accepts an RSS channel with no items', () => {
    expect(parseFeed(rss('', '<language>de</language>'))).toEqual({ kind: 'rss', title: 'T', language: 'de', items: [], rejected: [] });
  });

  it('resolves relative RSS links against the channel link, then the baseUrl argument', () => {
    expect(item(parseFeed(rss('<item><title>x</title><link>../about</link></item>')), 0).url).toBe('https://blog.example.com/about');
    const noChannelLink = '<rss version="2.0"><channel><title>T</title><item><title>x</title><link>posts/a</link></item></channel></rss>';
    expect(item(parseFeed(noChannelLink, 'https://feeds.example.org/blog/rss.xml'), 0).url).toBe('https://feeds.example.org/blog/posts/a');
    // Nothing to resolve against: the link stays as found.
    expect(item(parseFeed(noChannelLink), 0).url).toBe('posts/a');
  });

  it('resolves a relative channel link against the baseUrl argument', () => {
    const feed =
      '<rss version="2.0"><channel><title>T</title><link>/blog/</link><item><title>x</title><link>a</link></item></channel></rss>';
    expect(item(parseFeed(feed, 'https://example.com/feed.xml'), 0).url).toBe('https://example.com/blog/a');
  });

  it('reads an Atom-style <link href> written in an RSS item', () => {
    const parsed = parseFeed(rss('<item><title>x</title><link rel="alternate" href="/posts/x"/></item>'));
    expect(item(parsed, 0).url).toBe('https://blog.example.com/posts/x');
  });

  it('does not take a guid marked isPermaLink="false" as the link', () => {
    const parsed = parseFeed(rss('<item><title>x</title><guid isPermaLink="false">https://example.com/p/1</guid></item>'));
    expect(item(parsed, 0)).toEqual({ where: 'item 1', id: 'https://example.com/p/1', title: 'x' });
  });

  it('reads dc:date, dc:language, dc:subject and falls back to content:encoded', () => {
    const parsed = parseFeed(
      rss(
        '<item><title>x</title><dc:date>2025-01-02T03:04:05Z</dc:date><dc:language>nl</dc:language><dc:subject>Sales</dc:subject><content:encoded><![CDATA[<p>Body</p>]]></content:encoded></item>',
        '<language>en</language>',
      ),
    );
    expect(item(parsed, 0)).toMatchObject({
      publishedAt: '2025-01-02T03:04:05Z',
      language: 'nl',
      topics: ['Sales'],
      summary: '<p>Body</p>',
      summaryIsHtml: true,
    });
    expect(parsed.language).toBe('en');
  });

  it('reads RSS 1.0 (RDF), where items are siblings of the channel', () => {
    const rdf = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://old.example.com/"><title>Old School</title><link>https://old.example.com/</link><dc:language>en</dc:language></channel>
  <item rdf:about="https://old.example.com/pipeline-review"><title>Pipeline Review</title><link>https://old.example.com/pipeline-review</link><dc:date>2004-05-06</dc:date></item>
  <item rdf:about="https://old.example.com/no-link"><title>No Link</title></item>
</rdf:RDF>`;
    const parsed = parseFeed(rdf);
    expect(parsed).toMatchObject({ kind: 'rss', title: 'Old School', language: 'en' });
    expect(parsed.items).toEqual([
      {
        where: 'item 1',
        id: 'https://old.example.com/pipeline-review',
        url: 'https://old.example.com/pipeline-review',
        title: 'Pipeline Review',
        publishedAt: '2004-05-06',
        language: 'en',
      },
      { where: 'item 2', id: 'https://old.example.com/no-link', url: 'https://old.example.com/no-link', title: 'No Link', language: 'en' },
    ]);
  });

  it('prefers the text/html alternate link, and takes a link without rel', () => {
    const links = '<link rel="alternate" type="application/pdf" href="/a.pdf"/><link rel="alternate" type="text/html" href="/a.html"/>';
    expect(item(parseFeed(atom(`<entry><title>x</title>${links}</entry>`), 'https://example.com/feed'), 0).url).toBe(
      'https://example.com/a.html',
    );
    expect(
      item(parseFeed(atom('<entry><title>x</title><link rel="self" href="/self"/><link href="/page"/></entry>'), 'https://example.com/'), 0)
        .url,
    ).toBe('https://example.com/page');
  });

  it('reads Atom content when there is no summary, updated when there is no published, and category labels', () => {
    const parsed = parseFeed(
      atom(
        '<entry><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">The <em>real</em> cost</div></title><updated>2025-01-01T00:00:00Z</updated><category label="Pricing"/><content type="html">&lt;p&gt;Hi&lt;/p&gt;</content></entry>',
      ),
    );
    expect(item(parsed, 0)).toEqual({
      where: 'item 1',
      title: 'The real cost',
      summary: '<p>Hi</p>',
      summaryIsHtml: true,
      publishedAt: '2025-01-01T00:00:00Z',
      topics: ['Pricing'],
    });
  });

  it('rejects an Atom entry with neither link nor title', () => {
    expect(parseFeed(atom('<entry><id>urn:1</id><summary>Only text</summary></entry>')).rejected).toEqual([
      { where: 'item 1', reason: 'no link and no title' },
    ]);
  });

  it('neither expands nor chokes on DOCTYPE entity declarations (billion laughs)', () => {
    const lol = `<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<rss version="2.0"><channel><title>&lol3;</title><item><title>x &lol; y</title><link>https://example.com/a</link></item></channel></rss>`;
    const parsed = parseFeed(lol);
    expect(parsed.title).toBe('&lol3;');
    expect(item(parsed, 0).title).toBe('x &lol; y');
  });

  it('refuses external entities (XXE) as a whole file', () => {
    const xxe =
      '<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<rss><channel><title>&xxe;</title></channel></rss>';
    expect(parseError(() => parseFeed(xxe)).message).toMatch(/^cannot read this XML: .*external entit/i);
  });

  it('reads an RSS 0.91 feed with its public DOCTYPE', () => {
    const rss091 = `<?xml version="1.0" encoding="ISO-8859-1"?>
<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
<rss version="0.91"><channel><title>Old</title><link>https://old.example.com/</link><description>d</description><language>en-us</language>
<item><title>Caf&eacute; pitch</title><link>https://old.example.com/a</link><description>Short &amp; sweet</description></item></channel></rss>`;
    expect(parseFeed(rss091)).toEqual({
      kind: 'rss',
      title: 'Old',
      language: 'en-us',
      items: [
        {
          where: 'item 1',
          url: 'https://old.example.com/a',
          title: 'Café pitch',
          summary: 'Short & sweet',
          summaryIsHtml: true,
          language: 'en-us',
        },
      ],
      rejected: [],
    });
  });

  it('skips a BOM and blank lines before the prolog', () => {
    expect(parseFeed(`\uFEFF\n\n${rss('<item><title>x</title></item>')}`).items).toHaveLength(1);
  });

  it('trims and squashes whitespace in text fields', () => {
    const parsed = parseFeed(
      rss(
        '<item><title>\n   Multi\n   line   title  </title><link>  https://example.com/x  </link><category>  Deal   desk </category></item>',
      ),
    );
    expect(item(parsed, 0)).toEqual({ where: 'item 1', url: 'https://example.com/x', title: 'Multi line title', topics: ['Deal desk'] });
  });
});

describe('parseFeed: size', () => {
  it('parses a 5,000-item RSS feed', () => {
    const items = Array.from(
      { length: 5000 },
      (_, i) =>
        `<item><title>Post ${i} &amp; notes</title><link>https://example.com/p/${i}</link><guid>https://example.com/p/${i}</guid>` +
        `<description><![CDATA[<p>Body ${i}</p>]]></description><pubDate>Mon, 06 Jan 2025 10:00:00 GMT</pubDate><category>a</category><category>b</category></item>`,
    ).join('\n');
    const parsed = parseFeed(rss(items));
    expect(parsed.items).toHaveLength(5000);
    expect(parsed.rejected).toHaveLength(0);
    expect(item(parsed, 4999)).toEqual({
      where: 'item 5000',
      id: 'https://example.com/p/4999',
      url: 'https://example.com/p/4999',
      title: 'Post 4999 & notes',
      summary: '<p>Body 4999</p>',
      summaryIsHtml: true,
      publishedAt: 'Mon, 06 Jan 2025 10:00:00 GMT',
      topics: ['a', 'b'],
    });
  });
});
