// The content script's first labels come with its configuration, so that a LinkedIn page does
// not pay the browser's synchronous message-catalog load to mount the first button.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createDbHandle } from '../../src/background/db';
import { settingsHandlers } from '../../src/background/settings/requests';
import { CONTENT_LABELS, contentLabels, knownFirst } from '../../src/i18n/content-labels';
import { translator } from '../../src/i18n/translate';

describe('content labels', () => {
  it('answers known texts without asking getMessage, and asks for the rest', () => {
    const asked: string[] = [];
    const getMessage = (key: string, substitutions?: string | string[]) => {
      asked.push(key);
      return `${key}(${String(substitutions ?? '')})`;
    };
    const known = new Map([
      ['shareButton', 'Share'],
      ['shareButtonTitle', ''],
    ]);
    const t = translator(knownFirst(getMessage, known));
    expect(t('shareButton')).toBe('Share');
    // An empty known text is a missing one: the browser's own answer is taken.
    expect(t('shareButtonTitle')).toBe('shareButtonTitle()');
    // With substitutions the text is built by getMessage.
    expect(t('shareButton', 'x')).toBe('shareButton(x)');
    expect(asked).toEqual(['shareButtonTitle', 'shareButton']);
  });

  it('lists each label the background sends', () => {
    expect(contentLabels((key) => `text of ${key}`)).toEqual(Object.fromEntries(CONTENT_LABELS.map((key) => [key, `text of ${key}`])));
  });

  it('are sent with the content script configuration', async () => {
    const handlers = settingsHandlers({ db: createDbHandle('nurture-content-labels'), translate: (key) => `[${key}]` });
    const config = await handlers['content.config']({}, { kind: 'linkedin-content', tabId: 1 });
    expect(config).toEqual({
      quietMode: false,
      keepReplyText: false,
      labels: { shareButton: '[shareButton]', shareButtonTitle: '[shareButtonTitle]' },
    });
  });
});
