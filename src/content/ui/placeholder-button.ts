// The share button as first mounted: a plain button, no framework, no picker styles. A feed
// can hold a hundred open comment boxes; the picker is built only for the one clicked.
import type { Translate } from '../../i18n/i18n';
import { fromUser } from './user-input';

const ICON_PATH = 'M8 14c-3-2-5-4.5-5-7.5A3.5 3.5 0 0 1 8 4a3.5 3.5 0 0 1 5 2.5C13 9.5 11 12 8 14z';

/** The button as built once per document and label: each mount clones it (one call into the DOM). */
const built = new WeakMap<Document, Map<string, HTMLButtonElement>>();

function template(doc: Document, t: Translate): HTMLButtonElement {
  let byLabel = built.get(doc);
  if (!byLabel) built.set(doc, (byLabel = new Map()));
  const key = `${t('shareButtonTitle')}\n${t('shareButton')}`;
  let button = byLabel.get(key);
  if (button) return button;
  button = doc.createElement('button');
  button.type = 'button';
  button.className = 'share';
  button.title = t('shareButtonTitle');
  button.setAttribute('aria-haspopup', 'dialog');
  button.setAttribute('aria-expanded', 'false');
  const svg = doc.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('width', '16');
  svg.setAttribute('height', '16');
  svg.setAttribute('aria-hidden', 'true');
  const path = doc.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('d', ICON_PATH);
  path.setAttribute('fill', 'currentColor');
  svg.append(path);
  const label = doc.createElement('span');
  label.textContent = t('shareButton');
  button.append(svg, label);
  byLabel.set(key, button);
  return button;
}

export function placeholderButton(doc: Document, t: Translate, onActivate: () => void): HTMLButtonElement {
  const button = template(doc, t).cloneNode(true) as HTMLButtonElement;
  // Not `once`: a forged click from the page would use it up and leave the user's own dead.
  const activate = (event: MouseEvent) => {
    if (!fromUser(event)) return;
    button.removeEventListener('click', activate);
    onActivate();
  };
  button.addEventListener('click', activate);
  return button;
}
