// @vitest-environment happy-dom
// What the readers report missing, feature by feature: the popup names these parts.
import { describe, expect, it, vi } from 'vitest';
import { replyTracker } from '../../src/content/features/reply-tracker';
import type { FeatureContext, FeatureReport } from '../../src/content/features/feature';
import { readPage } from '../../src/content/linkedin/snapshot';
import { loadLinkedInFixture } from './helpers/fixture';

function scanReplies(doc: Document, page: FeatureContext['page']): FeatureReport {
  const ctx: FeatureContext = {
    document: doc,
    page,
    signal: new AbortController().signal,
    t: (key) => key,
    request: vi.fn(async () => ({ recorded: 0 })) as unknown as FeatureContext['request'],
    keepReplyText: false,
  };
  return replyTracker.start(ctx).scan(readPage(doc)) as FeatureReport;
}

describe('conversation partner health', () => {
  it('is fine on a thread whose header links or names the person', () => {
    expect(
      scanReplies(loadLinkedInFixture('messaging-thread.html', 'https://www.linkedin.com/messaging/thread/2-ada/'), 'messaging').missing,
    ).toEqual([]);
    expect(
      scanReplies(loadLinkedInFixture('messaging-name-only.html', 'https://www.linkedin.com/messaging/thread/name-only/'), 'messaging')
        .missing,
    ).toEqual([]);
  });

  it('names the partner as not found when the thread shows a reply box and no header we know', () => {
    const doc = loadLinkedInFixture('messaging-thread.html', 'https://www.linkedin.com/messaging/thread/2-ada/');
    doc.querySelectorAll('.msg-entity-lockup__entity-title, a.msg-thread__link-to-profile, .msg-title-bar').forEach((el) => el.remove());
    expect(scanReplies(doc, 'messaging').missing).toEqual(['conversation-partner']);
  });

  it('says nothing of conversations off the messaging page (bubbles have their own headers)', () => {
    const doc = loadLinkedInFixture('messaging-thread.html', 'https://www.linkedin.com/feed/');
    doc.querySelectorAll('.msg-entity-lockup__entity-title, a.msg-thread__link-to-profile, .msg-title-bar').forEach((el) => el.remove());
    expect(scanReplies(doc, 'feed').missing).toEqual([]);
  });
});
