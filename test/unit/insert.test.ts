// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertText, placeCaret, saveCaret } from '../../src/content/linkedin/insert';

let editor: HTMLElement;
let events: string[];
// Listeners on the shared document must not outlive their test.
let listeners: AbortController;

function makeEditor(parent: ParentNode = document.body): HTMLElement {
  const el = document.createElement('div');
  el.contentEditable = 'true';
  el.append('Hello Ada, ');
  parent.append(el);
  return el;
}

function record(target: EventTarget) {
  const { signal } = listeners;
  target.addEventListener(
    'beforeinput',
    (event) => events.push(`before:${(event as InputEvent).inputType}:${(event as InputEvent).data ?? ''}`),
    { signal },
  );
  target.addEventListener('input', (event) => events.push(`input:${(event as InputEvent).inputType}:${(event as InputEvent).data ?? ''}`), {
    signal,
  });
}

function select(node: Node, start: number, end = start) {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  const selection = document.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
}

beforeEach(() => {
  listeners = new AbortController();
  document.body.replaceChildren();
  document.getSelection()?.removeAllRanges();
  editor = makeEditor();
  events = [];
  record(editor);
});
afterEach(() => listeners.abort());

describe('insertText without execCommand (happy-dom has none)', () => {
  it('adds to what was typed, at the end when the caret is outside the editor, as input events', () => {
    const other = document.body.appendChild(document.createElement('p'));
    other.textContent = 'elsewhere';
    select(other.firstChild!, 3);
    expect(insertText(editor, 'Worth a read.')).toBe(true);
    expect(editor.textContent).toBe('Hello Ada, Worth a read.');
    expect(other.textContent).toBe('elsewhere');
    expect(events).toEqual(['before:insertText:Worth a read.', 'input:insertText:Worth a read.']);
  });

  it('inserts at the caret, in the middle of the text', () => {
    select(editor.firstChild!, 5);
    expect(insertText(editor, ' there')).toBe(true);
    expect(editor.textContent).toBe('Hello there Ada, ');
  });

  it('inserts at the start after placeCaret(start)', () => {
    placeCaret(editor, 'start');
    insertText(editor, '>> ');
    expect(editor.textContent).toBe('>> Hello Ada, ');
  });

  it('never replaces selected text: it goes in after the selection', () => {
    select(editor.firstChild!, 0, 5);
    expect(insertText(editor, '!')).toBe(true);
    expect(editor.textContent).toBe('Hello! Ada, ');
  });

  it('inserts at a caret saved before the focus went elsewhere', () => {
    select(editor.firstChild!, 6);
    const caret = saveCaret(editor);
    expect(caret).not.toBeNull();
    placeCaret(editor, 'end');
    insertText(editor, 'dear ', caret);
    expect(editor.textContent).toBe('Hello dear Ada, ');
  });

  it('breaks lines as paragraph inputs an editor can follow: a blank line is one more, nothing else', () => {
    expect(insertText(editor, 'Hi:\n\nCaption\nhttps://example.com/a')).toBe(true);
    expect(events.filter((e) => e.startsWith('before:'))).toEqual([
      'before:insertText:Hi:',
      'before:insertParagraph:',
      'before:insertParagraph:',
      'before:insertText:Caption',
      'before:insertParagraph:',
      'before:insertText:https://example.com/a',
    ]);
    expect(editor.innerHTML).toBe('Hello Ada, Hi:<br><br>Caption<br>https://example.com/a');
  });

  it('treats CRLF as one line break', () => {
    insertText(editor, 'a\r\nb');
    expect(events.filter((e) => e.startsWith('before:'))).toEqual([
      'before:insertText:a',
      'before:insertParagraph:',
      'before:insertText:b',
    ]);
  });

  it('types into an empty editor inside its paragraph, before the placeholder <br>', () => {
    editor.replaceChildren(document.createElement('p'));
    editor.firstElementChild!.append(document.createElement('br'));
    expect(insertText(editor, 'Hi')).toBe(true);
    expect(editor.innerHTML).toBe('<p>Hi<br></p>');
  });

  it('respects an editor that cancels beforeinput: nothing is inserted for it', () => {
    editor.addEventListener('beforeinput', (event) => event.preventDefault());
    expect(insertText(editor, 'Nope')).toBe(false);
    expect(editor.textContent).toBe('Hello Ada, ');
    expect(events).toEqual(['before:insertText:Nope']);
  });

  it('counts the text in when the editor that cancelled beforeinput inserted it itself', () => {
    editor.addEventListener('beforeinput', (event) => {
      event.preventDefault();
      editor.append((event as InputEvent).data ?? '');
    });
    expect(insertText(editor, 'Mine')).toBe(true);
    expect(editor.textContent).toBe('Hello Ada, Mine');
  });

  it('inserts nothing for empty text', () => {
    expect(insertText(editor, '')).toBe(false);
    expect(events).toEqual([]);
  });

  it('works in an editor inside a shadow root, with events that reach the document', () => {
    const host = document.body.appendChild(document.createElement('div'));
    const shadowEditor = makeEditor(host.attachShadow({ mode: 'open' }));
    events = [];
    record(document);
    expect(insertText(shadowEditor, 'From the overlay')).toBe(true);
    expect(shadowEditor.textContent).toBe('Hello Ada, From the overlay');
    expect(events).toEqual(['before:insertText:From the overlay', 'input:insertText:From the overlay']);
  });
});

describe('insertText with execCommand (browsers)', () => {
  let calls: string[][];
  const define = (answer: (command: string, value?: string) => boolean) => {
    Object.defineProperty(document, 'execCommand', {
      configurable: true,
      value: (command: string, _ui?: boolean, value?: string) => {
        calls.push(value === undefined ? [command] : [command, value]);
        return answer(command, value);
      },
    });
  };
  beforeEach(() => (calls = []));
  afterEach(() => {
    Reflect.deleteProperty(document, 'execCommand');
  });

  it('types each line through the browser editing commands, with a paragraph between lines', () => {
    // A browser inserts the text itself (and fires the events); here, as plain text at the end.
    define((command, value) => {
      editor.append(command === 'insertText' ? (value ?? '') : '\n');
      return true;
    });
    expect(insertText(editor, 'Caption\nhttps://example.com/a')).toBe(true);
    expect(calls).toEqual([['insertText', 'Caption'], ['insertParagraph'], ['insertText', 'https://example.com/a']]);
    expect(events).toEqual([]);
    expect(editor.textContent).toBe('Hello Ada, Caption\nhttps://example.com/a');
  });

  it('falls back to input events when the browser refuses the command', () => {
    define(() => false);
    expect(insertText(editor, 'Fallback')).toBe(true);
    expect(calls).toEqual([['insertText', 'Fallback']]);
    expect(events).toEqual(['before:insertText:Fallback', 'input:insertText:Fallback']);
    expect(editor.textContent).toBe('Hello Ada, Fallback');
  });

  it('reports false when the command claims success but the editor did not change', () => {
    define(() => true);
    expect(insertText(editor, 'Lost')).toBe(false);
  });
});

describe('placeCaret', () => {
  const caretAt = () => {
    const range = document.getSelection()!.getRangeAt(0);
    return { node: range.startContainer, offset: range.startOffset, collapsed: range.collapsed };
  };

  it('puts the caret at the end of the last paragraph text, or at the start of the first', () => {
    const first = document.createElement('p');
    first.textContent = 'One';
    const last = document.createElement('p');
    last.textContent = 'Two';
    editor.replaceChildren(first, last);
    placeCaret(editor, 'end');
    expect(caretAt()).toEqual({ node: last.firstChild, offset: 3, collapsed: true });
    placeCaret(editor, 'start');
    expect(caretAt()).toEqual({ node: first.firstChild, offset: 0, collapsed: true });
  });

  it('puts the caret after a trailing image but before a placeholder <br>', () => {
    const p = document.createElement('p');
    const img = document.createElement('img');
    p.append('Logo ', img);
    editor.replaceChildren(p);
    placeCaret(editor, 'end');
    expect(caretAt()).toEqual({ node: p, offset: 2, collapsed: true });
    p.replaceChildren(document.createElement('br'));
    placeCaret(editor, 'end');
    expect(caretAt()).toEqual({ node: p, offset: 0, collapsed: true });
  });

  it('focuses the editor and selects inside an empty one', () => {
    editor.replaceChildren();
    placeCaret(editor, 'end');
    expect(document.activeElement).toBe(editor);
    expect(caretAt()).toEqual({ node: editor, offset: 0, collapsed: true });
  });
});
