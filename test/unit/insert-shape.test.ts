// @vitest-environment happy-dom
// The inserted text's shape as it lands in LinkedIn's composers (issue 26): the greeting, ONE
// blank line, the caption, the link on the next line. Read back the way LinkedIn sends a
// composer's text (one line per paragraph; a <br> breaks a line, except the placeholder <br> that
// ends a paragraph), through both ways insert.ts types: a browser's editing commands (emulated
// here as Chromium applies them to <p> paragraphs) and the input events of the fallback.
import { afterEach, describe, expect, it } from 'vitest';
import { findAllComposers, type ComposerKind } from '../../src/content/linkedin/composers';
import { insertText, placeCaret } from '../../src/content/linkedin/insert';
import { shareTextOf } from '../../src/domain/library/share-text';
import { loadLinkedInFixture } from './helpers/fixture';

const GREETING = 'Hi Ada, I thought of you when I read this:';
const CAPTION = 'The five numbers your CFO will check before procurement signs.';
const LINK = 'https://example.com/nurture-starter/cfo-business-case?utm_source=linkedin&utm_medium=social&utm_content=cfo-business-case';

const BLOCKS = new Set(['P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'BLOCKQUOTE', 'PRE']);
const isBlock = (node: Node): node is Element => node.nodeType === Node.ELEMENT_NODE && BLOCKS.has(node.nodeName);

/** A block's inline content as text: <br> a line break, except the last one (the placeholder that keeps an empty line open). */
function inlineText(block: Node): string {
  let text = '';
  const children = [...block.childNodes];
  children.forEach((child, index) => {
    if (child.nodeName === 'BR') text += index === children.length - 1 ? '' : '\n';
    else if (child.nodeType === Node.TEXT_NODE) text += child.textContent ?? '';
    else if (!isBlock(child)) text += inlineText(child);
  });
  return text;
}

/** What the composer sends: a field's value, else one line per paragraph. */
function composedText(editor: HTMLElement): string {
  if (editor instanceof HTMLTextAreaElement) return editor.value;
  const blocks = [...editor.childNodes].filter(isBlock);
  return blocks.length === 0 ? inlineText(editor) : blocks.map(inlineText).join('\n');
}

/** Chromium's insertText and insertParagraph inside <p> paragraphs, at the selection. */
function chromiumCommands(doc: Document) {
  return (command: string, _ui?: boolean, value?: string): boolean => {
    const selection = doc.getSelection()!;
    const range = selection.getRangeAt(0);
    let block: Node | null = range.startContainer;
    while (block && block.nodeName !== 'P') block = block.parentNode;
    if (!block) return false;
    const paragraph = block as HTMLParagraphElement;
    const caretAt = (node: Node, offset: number) => {
      const caret = doc.createRange();
      caret.setStart(node, offset);
      caret.collapse(true);
      selection.removeAllRanges();
      selection.addRange(caret);
    };
    if (command === 'insertText') {
      // An empty paragraph's placeholder <br> gives way to the first text typed in it.
      if (paragraph.childNodes.length === 1 && paragraph.firstChild!.nodeName === 'BR') {
        paragraph.replaceChildren();
        range.setStart(paragraph, 0);
      }
      const node = doc.createTextNode(value ?? '');
      range.insertNode(node);
      caretAt(paragraph, [...paragraph.childNodes].indexOf(node) + 1);
      return true;
    }
    if (command === 'insertParagraph') {
      const rest = doc.createRange();
      rest.setStart(range.startContainer, range.startOffset);
      rest.setEnd(paragraph, paragraph.childNodes.length);
      const next = doc.createElement('p');
      next.append(rest.extractContents());
      for (const side of [paragraph, next]) if (!side.textContent && !side.querySelector('br')) side.append(doc.createElement('br'));
      paragraph.after(next);
      caretAt(next, 0);
      return true;
    }
    return false;
  };
}

function withCommands(doc: Document): void {
  Object.defineProperty(doc, 'execCommand', { configurable: true, value: chromiumCommands(doc) });
}
afterEach(() => {
  Reflect.deleteProperty(document, 'execCommand');
});

const CASES: { file: string; url: string; kind: ComposerKind }[] = [
  { file: 'messaging-thread.html', url: 'https://www.linkedin.com/messaging/thread/2-ada/', kind: 'message' },
  { file: 'feed-composer-open.html', url: 'https://www.linkedin.com/feed/', kind: 'post' },
  { file: 'feed-composer-open.html', url: 'https://www.linkedin.com/feed/', kind: 'comment' },
  { file: 'post-comment-classic.html', url: 'https://www.linkedin.com/feed/update/urn:li:activity:1/', kind: 'comment' },
  { file: 'feed-comment-sdui.html', url: 'https://www.linkedin.com/feed/', kind: 'comment' },
  { file: 'sales-inbox.html', url: 'https://www.linkedin.com/sales/inbox/2-ada', kind: 'message' },
];

function editorOf(file: string, url: string, kind: ComposerKind): HTMLElement {
  const doc = loadLinkedInFixture(file, url);
  const composer = findAllComposers(doc).find((each) => each.kind === kind && each.editor.getRootNode() === doc);
  if (!composer) throw new Error(`no ${kind} composer in ${file}`);
  return composer.editor;
}

describe('the inserted text, as the composer sends it', () => {
  for (const { file, url, kind } of CASES) {
    for (const commands of [false, true]) {
      const how = commands ? 'editing commands' : 'input events';
      it(`${kind} in ${file} (${how}): greeting, one blank line, caption, link on the next line`, () => {
        const editor = editorOf(file, url, kind);
        if (commands) withCommands(document);
        placeCaret(editor, 'end');
        expect(insertText(editor, shareTextOf(GREETING, CAPTION, LINK))).toBe(true);
        expect(composedText(editor)).toBe(`${GREETING}\n\n${CAPTION}\n${LINK}`);
      });

      it(`${kind} in ${file} (${how}): without a greeting, the caption and the link on the next line`, () => {
        const editor = editorOf(file, url, kind);
        if (commands) withCommands(document);
        placeCaret(editor, 'end');
        expect(insertText(editor, shareTextOf('', CAPTION, LINK))).toBe(true);
        expect(composedText(editor)).toBe(`${CAPTION}\n${LINK}`);
      });
    }
  }

  it('reads paragraphs and line breaks the way LinkedIn sends them', () => {
    const editor = document.createElement('div');
    editor.innerHTML = '<p>Hi:</p><p><br></p><p>Caption</p><p>https://e.com/a<br></p>';
    expect(composedText(editor)).toBe('Hi:\n\nCaption\nhttps://e.com/a');
    editor.innerHTML = '<p>Hi:<br><br>Caption<br>https://e.com/a<br></p>';
    expect(composedText(editor)).toBe('Hi:\n\nCaption\nhttps://e.com/a');
  });
});
