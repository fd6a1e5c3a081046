// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { insertText, placeCaret } from '../../src/content/linkedin/insert';

let editor: HTMLElement;
let events: string[];
beforeEach(() => {
  document.body.replaceChildren();
  editor = document.createElement('div');
  editor.contentEditable = 'true';
  editor.append('Hello Ada, ');
  document.body.append(editor);
  events = [];
  editor.addEventListener('beforeinput', (event) => events.push(`before:${(event as InputEvent).inputType}:${(event as InputEvent).data ?? ''}`));
  editor.addEventListener('input', (event) => events.push(`input:${(event as InputEvent).inputType}`));
});

describe('insertText', () => {
  it('adds to what was typed, at the end when the caret is elsewhere, as input events', () => {
    expect(insertText(editor, 'Worth a read.')).toBe(true);
    expect(editor.textContent).toBe('Hello Ada, Worth a read.');
    expect(events).toEqual(['before:insertText:Worth a read.', 'input:insertText']);
  });

  it('inserts at the caret', () => {
    placeCaret(editor, 'start');
    insertText(editor, '>> ');
    expect(editor.textContent).toBe('>> Hello Ada, ');
  });

  it('breaks lines as paragraphs an editor can follow', () => {
    insertText(editor, 'Caption\n\nhttps://example.com/a');
    expect(events.filter((e) => e.startsWith('before:'))).toEqual([
      'before:insertText:Caption',
      'before:insertParagraph:',
      'before:insertParagraph:',
      'before:insertText:https://example.com/a',
    ]);
    expect(editor.textContent).toContain('Caption');
    expect(editor.textContent).toContain('https://example.com/a');
  });

  it('respects an editor that takes over the insertion', () => {
    editor.addEventListener('beforeinput', (event) => event.preventDefault());
    expect(insertText(editor, 'Nope')).toBe(false);
    expect(editor.textContent).toBe('Hello Ada, ');
  });
});
