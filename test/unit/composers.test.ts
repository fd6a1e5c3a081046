// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { composersAmong, findAllComposers, overlapsTaken, takenBy, type ComposerAnchor } from '../../src/content/linkedin/composers';
import { editablesOf } from '../../src/content/linkedin/dom';
import { loadLinkedInFixture } from './helpers/fixture';
import { replyBox } from './helpers/reply-box';

const FEED = 'https://www.linkedin.com/feed/';
const kinds = (doc: Document) => findAllComposers(doc).map((composer) => composer.kind);
const shadowOf = (doc: Document) => doc.querySelector('#interop-outlet')!.shadowRoot!;

/** What a feature relies on: an editable editor and a slot inside the composer's root. */
function expectAnchored(composer: ComposerAnchor) {
  expect(composer.editor.getAttribute('contenteditable')).toBe('true');
  expect(composer.root.contains(composer.editor)).toBe(true);
  expect(composer.root.contains(composer.slot.parent)).toBe(true);
  expect(composer.editor.contains(composer.slot.parent)).toBe(false);
  if (composer.slot.before) expect(composer.slot.before.parentElement).toBe(composer.slot.parent);
}

function expectEachOnce(composers: readonly ComposerAnchor[]) {
  expect(new Set(composers.map((c) => c.root)).size).toBe(composers.length);
  expect(new Set(composers.map((c) => c.editor)).size).toBe(composers.length);
  for (const a of composers) for (const b of composers) if (a !== b) expect(a.root.contains(b.root)).toBe(false);
}

describe('findAllComposers: message composers', () => {
  it('finds the thread form and the overlay bubble', () => {
    const doc = loadLinkedInFixture('messaging-thread.html', 'https://www.linkedin.com/messaging/thread/2-ada/');
    const composers = findAllComposers(doc);
    expect(composers.map((c) => c.kind)).toEqual(['message', 'message']);
    expect(composers.map((c) => c.root)).toEqual([doc.querySelector('form.msg-form'), shadowOf(doc).querySelector('.msg-form')]);
    expect(composers.map((c) => c.editor)).toEqual(composers.map((c) => c.root.querySelector('[contenteditable="true"]')));
    expect(composers[0]!.slot).toEqual({ parent: doc.querySelector('.msg-form__left-actions'), before: null });
    expect(composers[1]!.root.getRootNode()).toBe(shadowOf(doc));
    composers.forEach(expectAnchored);
  });

  it('finds the thread form and the group bubble while LinkedIn switches threads', () => {
    expect(kinds(loadLinkedInFixture('messaging-stale-header.html', 'https://www.linkedin.com/messaging/thread/2-bruno/'))).toEqual([
      'message',
      'message',
    ]);
  });
});

describe('findAllComposers: the new front end post composer and comment boxes', () => {
  it('finds the post dialog and both comment boxes, once each, in page order of kinds', () => {
    const doc = loadLinkedInFixture('feed-composer-open.html', FEED);
    const composers = findAllComposers(doc);
    expect(composers.map((c) => c.kind)).toEqual(['post', 'comment', 'comment']);
    expectEachOnce(composers);
    composers.forEach(expectAnchored);
  });

  it('anchors the post button at the end of the emoji and media buttons row', () => {
    const doc = loadLinkedInFixture('feed-composer-open.html', FEED);
    const [post] = findAllComposers(doc);
    expect(post!.root).toBe(doc.querySelector('dialog[open]'));
    expect(post!.editor).toBe(doc.querySelector('[componentkey="ShareBox_textEditor"]'));
    expect(post!.slot).toEqual({ parent: doc.querySelector('button[aria-label="Show Emoji Picker"]')!.parentElement, before: null });
  });

  it('anchors each comment button just before the box own submit button', () => {
    const doc = loadLinkedInFixture('feed-composer-open.html', FEED);
    const [, sdui, classic] = findAllComposers(doc);
    const [firstPost, secondPost] = doc.querySelectorAll('[data-testid="mainFeed"] [role="listitem"]');
    expect(sdui!.root).toBe(firstPost!.querySelector('form'));
    expect(sdui!.editor.classList.contains('ProseMirror')).toBe(true);
    expect(sdui!.slot).toEqual({ parent: sdui!.root, before: firstPost!.querySelector('button[type="submit"]') });
    expect(classic!.root).toBe(secondPost!.querySelector('.comments-comment-box'));
    expect(classic!.editor.classList.contains('ql-editor')).toBe(true);
    expect(classic!.slot.before).toBe(secondPost!.querySelector('.comments-comment-box__submit-button'));
  });

  it('answers the same composers on every scan', () => {
    const doc = loadLinkedInFixture('feed-composer-open.html', FEED);
    const roots = findAllComposers(doc).map((c) => c.root);
    expect(findAllComposers(doc).map((c) => c.root)).toEqual(roots);
  });

  it('finds no post composer once the dialog is closed, or when its editor is gone', () => {
    const doc = loadLinkedInFixture('feed-composer-open.html', FEED);
    const dialog = doc.querySelector('dialog')!;
    dialog.removeAttribute('open');
    expect(kinds(doc)).toEqual(['comment', 'comment']);
    dialog.setAttribute('open', '');
    dialog.querySelector('[contenteditable]')!.remove();
    expect(kinds(doc)).toEqual(['comment', 'comment']);
  });

  it('ignores another open dialog and still finds the composer when its screen name changes', () => {
    const doc = loadLinkedInFixture('feed-composer-open.html', FEED);
    const other = doc.createElement('dialog');
    other.setAttribute('open', '');
    other.append(Object.assign(doc.createElement('button'), { textContent: 'Next' }));
    doc.body.prepend(other);
    doc.querySelector('dialog[data-sdui-screen]')!.removeAttribute('data-sdui-screen');
    const posts = findAllComposers(doc).filter((c) => c.kind === 'post');
    expect(posts).toHaveLength(1);
    expect(posts[0]!.root).not.toBe(other);
  });

  it('puts the post button right after the editor when the tool buttons are not found', () => {
    const doc = loadLinkedInFixture('feed-composer-open.html', FEED);
    doc.querySelectorAll('dialog button[aria-label="Show Emoji Picker"], dialog button[aria-label="Media"]').forEach((b) => b.remove());
    const [post] = findAllComposers(doc);
    expect(post!.kind).toBe('post');
    expect(post!.slot).toEqual({ parent: post!.editor.parentElement, before: null });
  });

  it('takes the editor own container when a guessed box holds several editors', () => {
    const doc = loadLinkedInFixture('feed-composer-open.html', FEED);
    // The new front end's box loses its form, and a page-wide form wraps the whole feed.
    const inner = doc.querySelector('[role="listitem"] form')!;
    const div = doc.createElement('div');
    div.append(...inner.childNodes);
    inner.replaceWith(div);
    const wrapper = doc.createElement('form');
    const feed = doc.querySelector('[data-testid="mainFeed"]')!;
    feed.replaceWith(wrapper);
    wrapper.append(feed);
    const comments = findAllComposers(doc).filter((c) => c.kind === 'comment');
    expect(comments).toHaveLength(2);
    expect(comments[0]!.root).toBe(comments[0]!.editor.parentElement);
    expect(comments[0]!.root).not.toBe(wrapper);
    comments.forEach(expectAnchored);
  });

  it('leaves out a comment box whose editor is gone', () => {
    const doc = loadLinkedInFixture('feed-composer-open.html', FEED);
    doc.querySelector('.comments-comment-box .ql-editor')!.remove();
    const composers = findAllComposers(doc);
    expect(composers.map((c) => c.kind)).toEqual(['post', 'comment']);
    expect(composers[1]!.editor.classList.contains('ProseMirror')).toBe(true);
  });

  it('counts a message form that appears in the feed as a message composer only', () => {
    const doc = loadLinkedInFixture('feed-composer-open.html', FEED);
    const form = replyBox(doc);
    doc.querySelector('[role="listitem"]')!.append(form);
    const composers = findAllComposers(doc);
    expect(composers.map((c) => c.kind)).toEqual(['message', 'post', 'comment', 'comment']);
    expectEachOnce(composers);
  });
});

describe('findAllComposers: the classic post composer', () => {
  it('finds the modal inside the interop shadow root, with its Quill editor and toolbar', () => {
    const doc = loadLinkedInFixture('feed-classic-composer.html', FEED);
    const composers = findAllComposers(doc);
    expect(composers).toHaveLength(1);
    const [post] = composers;
    const shadow = shadowOf(doc);
    expect(post!.kind).toBe('post');
    expect(post!.root).toBe(shadow.querySelector('.share-box-v2__modal'));
    expect(post!.editor).toBe(shadow.querySelector('.ql-editor'));
    expect(post!.slot).toEqual({ parent: shadow.querySelector('.share-creation-state__additional-toolbar'), before: null });
    expectAnchored(post!);
  });
});

describe('findAllComposers: pages without a composer', () => {
  it.each([
    ['feed.html', FEED],
    ['other.html', 'https://www.linkedin.com/jobs/'],
    ['profile.html', 'https://www.linkedin.com/in/ada-sample-42/'],
  ])('finds nothing in %s', (file, url) => {
    expect(findAllComposers(loadLinkedInFixture(file, url))).toEqual([]);
  });
});

describe('composersAmong: a later scan looks only at new editors', () => {
  it('finds the composers of the editors given, and none that clashes with one already taken', () => {
    const doc = loadLinkedInFixture('feed-composer-open.html', FEED);
    const all = findAllComposers(doc);
    const [post, ...comments] = all;
    expect(composersAmong(editablesOf(doc), [post!])).toEqual(comments);
    expect(composersAmong([comments[0]!.editor])).toEqual([comments[0]]);
    // A second editor inside a box already taken is part of that box, not a new composer.
    const extra = doc.createElement('div');
    extra.setAttribute('contenteditable', 'true');
    post!.root.append(extra);
    expect(composersAmong([extra], all)).toEqual([]);
    // Around: a root that holds a taken composer clashes with it, one beside it does not.
    const taken = takenBy([comments[0]!]);
    expect(overlapsTaken({ root: comments[0]!.root.parentElement!, editor: extra }, taken)).toBe(true);
    expect(overlapsTaken({ root: comments[0]!.root.querySelector('*')!, editor: extra }, taken)).toBe(true);
    expect(overlapsTaken({ root: post!.root, editor: post!.editor }, taken)).toBe(false);
  });
});

describe('findAllComposers: comment boxes as real pages draw them', () => {
  it("measured classic box (--cr, no bare class): one composer despite Quill's second contenteditable, button before the emoji row", () => {
    const doc = loadLinkedInFixture(
      'post-comment-classic.html',
      'https://www.linkedin.com/feed/update/urn:li:activity:7000000000000000042/',
    );
    const composers = findAllComposers(doc);
    expect(composers.map((c) => c.kind)).toEqual(['comment']);
    const [box] = composers;
    expect(box!.editor).toBe(doc.querySelector('.ql-editor'));
    expect(box!.root).toBe(doc.querySelector('.comments-comment-box--cr'));
    // An empty box has no submit button: the emoji and photo buttons' row is the place.
    expect(box!.slot.before).toBe(doc.querySelector('.comments-comment-box__detour-icons'));
    expect(editablesOf(doc)).toEqual([doc.querySelector('.ql-editor')]);
    composers.forEach(expectAnchored);
  });

  it('still finds the classic box when the submit button appears, and goes before it', () => {
    const doc = loadLinkedInFixture(
      'post-comment-classic.html',
      'https://www.linkedin.com/feed/update/urn:li:activity:7000000000000000042/',
    );
    doc
      .querySelector('.comments-comment-box__form-container')!
      .insertAdjacentHTML('beforeend', '<div><button type="submit" class="comments-comment-box__submit-button">Comment</button></div>');
    const [box] = findAllComposers(doc);
    expect(box!.slot.before).toBe(doc.querySelector('.comments-comment-box__submit-button'));
  });

  it('new front end boxes (componentkey commentBox-, tiptap wrapper): one per post, in English and French', () => {
    const doc = loadLinkedInFixture('feed-comment-sdui.html', FEED);
    const composers = findAllComposers(doc);
    expect(composers.map((c) => c.kind)).toEqual(['comment', 'comment']);
    const boxes = [...doc.querySelectorAll('[componentkey^="commentBox-"]')];
    expect(composers.map((c) => c.root)).toEqual(boxes);
    expect(composers[0]!.slot.before).toBe(boxes[0]!.querySelector('button[aria-label="Open Emoji Keyboard"]'));
    expect(composers[1]!.slot.before).toBe(boxes[1]!.querySelector('button[aria-label^="Ouvrir"]'));
    composers.forEach(expectAnchored);
    expectEachOnce(composers);
  });

  it('a new front end box inside an open post dialog is a comment box, not the post composer', () => {
    const doc = loadLinkedInFixture('feed-comment-sdui.html', FEED);
    const dialog = doc.createElement('dialog');
    dialog.setAttribute('open', '');
    dialog.append(doc.querySelector('[componentkey^="commentBox-"]')!);
    doc.body.append(dialog);
    expect(kinds(doc)).toEqual(['comment', 'comment']);
  });

  it('at the end of the box when it shows no button at all', () => {
    const doc = loadLinkedInFixture('feed-comment-sdui.html', FEED);
    doc.querySelectorAll('[componentkey^="commentBox-"] button').forEach((button) => button.remove());
    const composers = findAllComposers(doc);
    expect(composers.map((c) => c.slot)).toEqual(composers.map((c) => ({ parent: c.root, before: null })));
  });
});
