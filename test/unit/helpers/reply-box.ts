// A message reply box as LinkedIn draws it (form.msg-form, its editor and send button), for
// tests that add one to a page. `send` false leaves the button out: it comes later.
export function replyBox(doc: Document, send = true): HTMLFormElement {
  const form = doc.createElement('form');
  form.className = 'msg-form';
  const editor = doc.createElement('div');
  editor.className = 'msg-form__contenteditable';
  editor.setAttribute('contenteditable', 'true');
  editor.setAttribute('role', 'textbox');
  form.append(editor);
  if (send) form.append(sendButton(doc));
  return form;
}

export function sendButton(doc: Document): HTMLButtonElement {
  const button = doc.createElement('button');
  button.className = 'msg-form__send-button';
  return button;
}
