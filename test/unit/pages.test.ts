import { describe, expect, it } from 'vitest';
import { detectPage } from '../../src/content/linkedin/pages';

describe('detectPage', () => {
  it.each([
    ['https://www.linkedin.com/feed/', 'feed'],
    ['https://www.linkedin.com/feed/?trk=nav', 'feed'],
    ['https://www.linkedin.com/', 'feed'],
    ['https://www.linkedin.com/messaging/', 'messaging'],
    ['https://www.linkedin.com/messaging/thread/2-YWJj/', 'messaging'],
    ['https://www.linkedin.com/messaging/compose/?profileUrn=x', 'messaging'],
    ['https://www.linkedin.com/in/ada-sample-42/', 'profile'],
    ['https://www.linkedin.com/in/ada-sample-42', 'profile'],
    ['https://www.linkedin.com/in/ada-sample-42/details/experience/', 'profile'],
    ['https://www.linkedin.com/in/', 'other'],
    ['https://www.linkedin.com/jobs/view/1/', 'other'],
    ['https://www.linkedin.com/feedback/', 'other'],
    ['https://www.linkedin.com/messagingx/', 'other'],
    ['https://fr.linkedin.com/in/ada/', 'other'],
    ['not a url', 'other'],
  ])('%s is %s', (url, kind) => {
    expect(detectPage(url)).toBe(kind);
  });
});
