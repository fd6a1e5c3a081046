import { describe, expect, it } from 'vitest';
import { fold, tokenize, truncate } from '../../src/domain/text/fold';
import { htmlToText } from '../../src/domain/text/html-text';
import { canonicalUrl, contentSlug, stableId, tagUrl, type UtmSettings } from '../../src/domain/library/urls';
import { parseDate } from '../../src/domain/time/dates';

describe('fold and tokenize', () => {
  it('ignores case, accents and ligatures', () => {
    expect(fold('Stratégie')).toBe('strategie');
    expect(fold('ÉTUDE DE CAS')).toBe('etude de cas');
    expect(fold('Cœur de cible')).toBe('coeur de cible');
    expect(fold('Straße')).toBe('strasse');
    expect(fold('ﬁnance')).toBe('finance');
  });
  it('splits on anything but letters and digits', () => {
    expect(tokenize("L'achat B2B, en 2026 : quelle stratégie ?")).toEqual(['l', 'achat', 'b2b', 'en', '2026', 'quelle', 'strategie']);
  });
  it('truncates at a word boundary', () => {
    expect(truncate('one two three four', 12)).toBe('one two…');
    expect(truncate('short', 12)).toBe('short');
  });
});

describe('htmlToText', () => {
  it('keeps the words, drops tags, scripts, styles and comments', () => {
    expect(htmlToText('<p>Hello <b>world</b></p><script>alert(1)</script><style>p{}</style><!-- x -->!')).toBe('Hello world !');
    expect(htmlToText('<p>One</p><p>Two</p>')).toBe('One Two');
  });
  it('decodes entities after removing tags, so escaped markup stays text', () => {
    expect(htmlToText('Caf&eacute; &amp; cr&egrave;me &#8217; &lt;script&gt;')).toBe('Café & crème ’ <script>');
    // A lone no-break space stays (French typography: "Webinaire&nbsp;: …"); a run of spaces is one space.
    expect(htmlToText('a&nbsp;b')).toBe('a\u00a0b');
    expect(htmlToText('a &nbsp; b\u202fc')).toBe('a b\u202fc');
  });
  it('survives broken markup', () => {
    expect(htmlToText('<p>unclosed <a href="x">link')).toBe('unclosed link');
    expect(htmlToText('<!-- never closed')).toBe('');
  });
});

describe('canonicalUrl', () => {
  it('strips tracking parameters, fragments and default ports', () => {
    expect(canonicalUrl('https://Example.com:443/blog/post?utm_source=x&utm_medium=y&id=3&fbclid=abc#top')).toBe(
      'https://example.com/blog/post?id=3',
    );
    expect(canonicalUrl('https://medium.com/@acme/five-questions-1a2b?source=rss----abc---4')).toBe(
      'https://medium.com/@acme/five-questions-1a2b',
    );
    expect(canonicalUrl('https://example.com/a?')).toBe('https://example.com/a');
    expect(canonicalUrl('https://www.linkedin.com/pulse/x?trk=public_post')).toBe('https://www.linkedin.com/pulse/x');
  });
  it('keeps parameters that choose the content', () => {
    expect(canonicalUrl('https://example.com/watch?v=abc&source=docs')).toBe('https://example.com/watch?v=abc&source=docs');
  });
  it('resolves relative links and refuses what is not http(s)', () => {
    expect(canonicalUrl('../post/2', 'https://example.com/blog/feed/')).toBe('https://example.com/blog/post/2');
    expect(canonicalUrl('javascript:alert(1)')).toBeNull();
    expect(canonicalUrl('mailto:a@b.c')).toBeNull();
    expect(canonicalUrl('not a url')).toBeNull();
  });
});

describe('tagUrl', () => {
  const utm: UtmSettings = {
    enabled: true,
    source: 'linkedin',
    medium: 'social-selling',
    campaign: 'q4-cfo',
    repId: 'ana',
    repParam: 'utm_term',
  };

  it('adds every UTM parameter', () => {
    const tagged = new URL(tagUrl('https://example.com/post?id=3', utm, 'five-questions'));
    expect(Object.fromEntries(tagged.searchParams)).toEqual({
      id: '3',
      utm_source: 'linkedin',
      utm_medium: 'social-selling',
      utm_campaign: 'q4-cfo',
      utm_content: 'five-questions',
      utm_term: 'ana',
    });
  });
  it('never duplicates or overwrites a parameter the URL already has', () => {
    const tagged = new URL(tagUrl('https://example.com/post?UTM_SOURCE=newsletter&utm_campaign=spring', utm, 'x'));
    expect(tagged.searchParams.getAll('utm_source')).toEqual([]);
    expect(tagged.searchParams.getAll('UTM_SOURCE')).toEqual(['newsletter']);
    expect(tagged.searchParams.getAll('utm_campaign')).toEqual(['spring']);
    expect(tagUrl(tagUrl('https://example.com/p', utm, 'x'), utm, 'x')).toBe(tagUrl('https://example.com/p', utm, 'x'));
  });
  it('leaves out empty values, follows the configured rep parameter, and can be switched off', () => {
    const tagged = new URL(tagUrl('https://example.com/p', { ...utm, campaign: '', repParam: 'rep' }, 'x'));
    expect(tagged.searchParams.has('utm_campaign')).toBe(false);
    expect(tagged.searchParams.get('rep')).toBe('ana');
    expect(tagUrl('https://example.com/p', { ...utm, enabled: false }, 'x')).toBe('https://example.com/p');
  });
});

describe('contentSlug and stableId', () => {
  it('makes a readable utm_content from the URL', () => {
    expect(contentSlug('https://example.com/blog/Cinq-Questions-Clés.html', 'id1')).toBe('cinq-questions-cles');
    expect(contentSlug('https://example.com/', 'id1')).toBe('id1');
  });
  it('gives stable, distinct ids', () => {
    expect(stableId('https://example.com/a')).toBe(stableId('https://example.com/a'));
    const ids = new Set(Array.from({ length: 5000 }, (_, i) => stableId(`https://example.com/post/${i}`)));
    expect(ids.size).toBe(5000);
  });
});

describe('parseDate', () => {
  it.each([
    ['Tue, 10 Jun 2025 04:00:00 GMT', Date.UTC(2025, 5, 10, 4)],
    ['Tue, 10 Jun 2025 06:00:00 +0200', Date.UTC(2025, 5, 10, 4)],
    ['Tues, 10 Jun 2025 04:00:00 GMT', Date.UTC(2025, 5, 10, 4)],
    ['2025-06-10T04:00:00Z', Date.UTC(2025, 5, 10, 4)],
    ['2025-06-10T06:00:00+02:00', Date.UTC(2025, 5, 10, 4)],
    ['2025-06-10T04:00:00', Date.UTC(2025, 5, 10, 4)],
    ['2025-06-10', Date.UTC(2025, 5, 10)],
    ['10/06/2025', Date.UTC(2025, 5, 10)],
  ])('reads %s', (raw, expected) => {
    expect(parseDate(raw)).toBe(expected);
  });
  it.each(['', 'soon', '31/02/2025', '2025-13-45'])('refuses %j', (raw) => {
    expect(parseDate(raw)).toBeNull();
  });
});
