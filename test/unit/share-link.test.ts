// The link a prospect reads (docs/links.md, issue 26): by default the article tagged
// utm_source=linkedin&utm_medium=social, the campaign of the item's pack or of the settings, the
// item in utm_content, the rep id only where chosen; or the team's own short link, filled.
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { taggedLinkKey } from '../../src/background/sharing/service';
import { DEFAULT_SETTINGS, SettingsSchema } from '../../src/domain/settings';
import { fillShortLink, linkUtm, shareLink, shortLinkProblem, SHORT_LINK_MAX } from '../../src/domain/library/share-link';
import { shareTextOf } from '../../src/domain/library/share-text';

const ITEM = { id: 'k3x9q0a1b2c3d4', url: 'https://example.com/blog/five-questions' };
const ANA = { ...DEFAULT_SETTINGS, repId: 'ana' };

describe('the default link', () => {
  it('is the article with utm_source=linkedin, utm_medium=social and the item in utm_content, nothing else', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({
      utmEnabled: true,
      utmSource: 'linkedin',
      utmMedium: 'social',
      campaign: '',
      shortLink: '',
      repIdChannels: ['message'],
    });
    for (const channel of ['message', 'post', 'comment', 'other'] as const) {
      expect(shareLink(ITEM, DEFAULT_SETTINGS, undefined, channel)).toBe(
        'https://example.com/blog/five-questions?utm_source=linkedin&utm_medium=social&utm_content=five-questions',
      );
    }
  });

  it('carries the rep id in messages only, as chosen, and the settings campaign', () => {
    const settings = { ...ANA, campaign: 'q4-cfo' };
    expect(shareLink(ITEM, settings, undefined, 'message')).toBe(
      'https://example.com/blog/five-questions?utm_source=linkedin&utm_medium=social&utm_campaign=q4-cfo&utm_content=five-questions&utm_term=ana',
    );
    expect(shareLink(ITEM, settings, undefined, 'post')).toBe(
      'https://example.com/blog/five-questions?utm_source=linkedin&utm_medium=social&utm_campaign=q4-cfo&utm_content=five-questions',
    );
    expect(new URL(shareLink(ITEM, { ...settings, repIdChannels: ['post'] }, undefined, 'post')).searchParams.get('utm_term')).toBe('ana');
  });

  it('takes the pack campaign over the settings one, and the settings one for an item of no pack', () => {
    const settings = { ...DEFAULT_SETTINGS, campaign: 'q4-cfo' };
    expect(new URL(shareLink(ITEM, settings, { campaign: 'northwind-q3' }, 'post')).searchParams.get('utm_campaign')).toBe('northwind-q3');
    expect(new URL(shareLink(ITEM, settings, {}, 'post')).searchParams.get('utm_campaign')).toBe('q4-cfo');
    expect(linkUtm(settings, undefined, 'post').campaign).toBe('q4-cfo');
  });

  it('is the plain address when tagging is off', () => {
    expect(shareLink(ITEM, { ...ANA, utmEnabled: false }, { campaign: 'x' }, 'message')).toBe(ITEM.url);
  });
});

describe('short links', () => {
  const SHORT = { ...ANA, shortLink: 'https://go.example.com/{content}' };

  it('fill the pattern instead of tagging the article', () => {
    expect(shareLink(ITEM, SHORT, undefined, 'message')).toBe('https://go.example.com/five-questions');
    expect(shareLink(ITEM, { ...SHORT, shortLink: 'https://go.example.com/l/{id}' }, undefined, 'post')).toBe(
      'https://go.example.com/l/k3x9q0a1b2c3d4',
    );
    // Tagging off does not turn the team's shortener off: it decides where the link goes.
    expect(shareLink(ITEM, { ...SHORT, utmEnabled: false }, undefined, 'post')).toBe('https://go.example.com/five-questions');
  });

  it('leave out a query parameter whose variable is empty here (no rep id in a post, no campaign)', () => {
    const settings = { ...SHORT, shortLink: 'https://go.example.com/{content}?r={rep}&c={campaign}&s=li' };
    expect(shareLink(ITEM, settings, undefined, 'message')).toBe('https://go.example.com/five-questions?r=ana&s=li');
    expect(shareLink(ITEM, settings, undefined, 'post')).toBe('https://go.example.com/five-questions?s=li');
    expect(shareLink(ITEM, settings, { campaign: 'q3' }, 'post')).toBe('https://go.example.com/five-questions?c=q3&s=li');
  });

  it('take the pack pattern over the settings one', () => {
    expect(shareLink(ITEM, SHORT, { shortLink: 'https://nw.example.org/{content}-{rep}' }, 'message')).toBe(
      'https://nw.example.org/five-questions-ana',
    );
    expect(shareLink(ITEM, DEFAULT_SETTINGS, { shortLink: 'https://nw.example.org/{content}' }, 'message')).toBe(
      'https://nw.example.org/five-questions',
    );
  });

  it('percent-encode every value, so none can leave its place in the address', () => {
    const values = { content: 'a b/../c?d#e', id: 'x&y=z', campaign: '', rep: '' };
    expect(fillShortLink('https://go.example.com/{content}?i={id}', values)).toBe(
      'https://go.example.com/a%20b%2F..%2Fc%3Fd%23e?i=x%26y%3Dz',
    );
    expect(fillShortLink('https://go.example.com/{content}#{id}', values)).toBe('https://go.example.com/a%20b%2F..%2Fc%3Fd%23e#x%26y%3Dz');
  });

  it('are refused when the pattern is not an https address on a fixed host naming the item', () => {
    const refused = [
      'http://go.example.com/{content}',
      'go.example.com/{content}',
      'javascript:alert(1)//{content}',
      'https://{content}.example.com/',
      'https://go.example.com{content}',
      'https://user@go.example.com/{content}',
      'https:///{content}',
      'https://go.example.com/fixed',
      'https://go.example.com/{slug}',
      'https://go.example.com/{content',
      'https://go.example.com/content}/{id}',
      'https://go.example.com/ {content}',
      `https://go.example.com/${'a'.repeat(SHORT_LINK_MAX)}{content}`,
    ];
    for (const pattern of refused) expect(shortLinkProblem(pattern), pattern).not.toBeNull();
    expect(shortLinkProblem('https://go.example.com/{slug}')).toMatch(/\{slug\}, which is not a variable/);
    expect(shortLinkProblem('https://go.example.com/fixed')).toMatch(/neither \{content\} nor \{id\}/);
    for (const pattern of [
      'https://go.example.com/{content}',
      'https://GO.example.com:8443/x/{id}?r={rep}&c={campaign}',
      'https://go.example.com/{content}-{rep}',
    ]) {
      expect(shortLinkProblem(pattern), pattern).toBeNull();
    }
  });

  it('are checked by the settings schema; a bad one stored anyway (a hand-edited backup) falls back to the tagged article', () => {
    expect(v.safeParse(SettingsSchema, { ...DEFAULT_SETTINGS, shortLink: 'https://go.example.com/{content}' }).success).toBe(true);
    const refused = v.safeParse(SettingsSchema, { ...DEFAULT_SETTINGS, shortLink: 'http://go.example.com/{content}' });
    expect(refused.success).toBe(false);
    expect(refused.issues?.[0]?.message).toMatch(/the short link is not an https:\/\/ address/);
    expect(shareLink(ITEM, { ...DEFAULT_SETTINGS, shortLink: 'https://{content}.evil.example/' }, undefined, 'post')).toBe(
      'https://example.com/blog/five-questions?utm_source=linkedin&utm_medium=social&utm_content=five-questions',
    );
  });

  it('keep a key the sent confirmation can match, as the tagged links do', () => {
    const link = shareLink(ITEM, { ...SHORT, shortLink: 'https://go.example.com/{content}?r={rep}' }, undefined, 'message');
    expect(taggedLinkKey(link)).toBe('https://go.example.com/five-questions?r=ana');
    expect(taggedLinkKey(`${link}#top`)).toBe(taggedLinkKey(link));
  });
});

describe('the text of a share', () => {
  it('is the greeting, one blank line, the caption and the link on the next line', () => {
    expect(shareTextOf('Hi Ada, I thought of you when I read this:', 'Caption', 'https://e.com/a')).toBe(
      'Hi Ada, I thought of you when I read this:\n\nCaption\nhttps://e.com/a',
    );
    expect(shareTextOf('', 'Caption', 'https://e.com/a')).toBe('Caption\nhttps://e.com/a');
    expect(shareTextOf('  Hi Ada,  ', '', 'https://e.com/a')).toBe('Hi Ada,\n\nhttps://e.com/a');
    expect(shareTextOf('', '', 'https://e.com/a')).toBe('https://e.com/a');
  });
});
