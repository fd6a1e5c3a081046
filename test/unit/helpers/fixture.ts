// Loads a saved LinkedIn page into happy-dom's document, the way Chromium would: including
// declarative shadow roots (<template shadowrootmode>), which happy-dom does not attach itself.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export function loadLinkedInFixture(file: string, url: string): Document {
  // happy-dom refuses to load frames and says so loudly: LinkedIn's interop iframe is not read anyway.
  const html = readFileSync(resolve('test/fixtures/linkedin', file), 'utf8').replace(/<iframe\b[^>]*><\/iframe>/g, '');
  history.replaceState(null, '', url);
  document.documentElement.innerHTML = new DOMParser().parseFromString(html, 'text/html').documentElement.innerHTML;
  for (const template of [...document.querySelectorAll<HTMLTemplateElement>('template[shadowrootmode]')]) {
    const host = template.parentElement!;
    const shadow = host.attachShadow({ mode: template.getAttribute('shadowrootmode') === 'closed' ? 'closed' : 'open' });
    shadow.append(template.content.cloneNode(true));
    template.remove();
  }
  return document;
}
