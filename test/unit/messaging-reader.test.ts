// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findAllComposers } from '../../src/content/linkedin/composers';
import { loadLinkedInFixture } from './helpers/fixture';

// The message composers among every composer, as the scan and the side panel's Insert take them.
const findComposers = (doc: Document) => findAllComposers(doc).filter((composer) => composer.kind === 'message');

describe('message composers', () => {
  it('finds the thread reply form and the overlay bubble inside the interop shadow root', () => {
    const doc = loadLinkedInFixture('messaging-thread.html', 'https://www.linkedin.com/messaging/thread/2-ada/');
    const composers = findComposers(doc);
    expect(composers).toHaveLength(2);

    const [thread, overlay] = composers;
    expect(thread!.root.tagName).toBe('FORM');
    expect(thread!.slot.parent.className).toContain('msg-form__left-actions');
    expect(thread!.editor.getAttribute('role')).toBe('textbox');

    expect(overlay!.root.tagName).toBe('DIV');
    expect(overlay!.root.getRootNode()).not.toBe(doc);
    expect(overlay!.slot.before?.className).toContain('msg-form__send-button');
  });

  it('finds nothing where there is no composer', () => {
    expect(findComposers(loadLinkedInFixture('feed.html', 'https://www.linkedin.com/feed/'))).toEqual([]);
    expect(findComposers(loadLinkedInFixture('profile.html', 'https://www.linkedin.com/in/ada-sample-42/'))).toEqual([]);
  });

  it('skips a composer it cannot anchor a button in', () => {
    const doc = loadLinkedInFixture('messaging-thread.html', 'https://www.linkedin.com/messaging/thread/2-ada/');
    doc.querySelector('form.msg-form .msg-form__contenteditable')!.remove();
    const composers = findComposers(doc);
    expect(composers).toHaveLength(1);
    expect(composers[0]!.root.tagName).toBe('DIV');
  });

  it('falls back to the send button when the footer has no left-actions wrapper', () => {
    const doc = loadLinkedInFixture('messaging-thread.html', 'https://www.linkedin.com/messaging/thread/2-ada/');
    doc.querySelector('.msg-form__left-actions')!.remove();
    const [thread] = findComposers(doc);
    expect(thread!.slot.before).toBe(doc.querySelector('form .msg-form__send-button'));
  });
});
