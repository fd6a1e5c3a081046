// Applies the house French typography to the French catalog (public/_locales/fr/messages.json):
// U+202F (narrow no-break space) before ; ? ! and », after «; U+00A0 (no-break space) before :;
// the typographic apostrophe ’ instead of '. Placeholders ($NAME$), template syntax ({firstName|…}),
// URLs and HTML-ish tags are left exactly as they are. Idempotent: running it twice changes nothing.
// The file is edited message by message in place (not re-serialised), so the rest of the file,
// and edits other people make to it at the same time, are kept.
//   node scripts/french-typography.mjs          fix the catalog
//   node scripts/french-typography.mjs --check  list the messages it would change, exit 1 if any
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const NARROW = '\u202f';
const NBSP = '\u00a0';
const SPACE = `[ ${NBSP}${NARROW}]`;
// Pieces of a message that are not French prose: chrome.i18n placeholders, our template variables,
// web addresses and tags. They are swapped for private-use characters while the prose is fixed, so the
// rules still see "« $BUTTON$ »" as a word between guillemets.
const PROTECTED = /\$[A-Za-z0-9_@]+\$|\{[^{}]*\}|https?:\/\/[^\s«»"]*|<[^<>]*>/g;
const SENTINEL_BASE = 0xe000;

/** The message with the house French typography applied. */
export function frenchTypography(message) {
  const kept = [];
  let text = message.replace(PROTECTED, (piece) => {
    kept.push(piece);
    return String.fromCharCode(SENTINEL_BASE + kept.length - 1);
  });
  text = text
    .replace(/'/g, '’')
    // ; ? ! take a narrow no-break space after a word (not after another sign: "?!" stays together).
    .replace(new RegExp(`([^\\s${NBSP}${NARROW};?!«(])${SPACE}*([;?!])`, 'g'), `$1${NARROW}$2`)
    .replace(new RegExp(`([^\\s${NBSP}${NARROW}«])${SPACE}*»`, 'g'), `$1${NARROW}»`)
    .replace(new RegExp(`«${SPACE}*(?=\\S)`, 'g'), `«${NARROW}`)
    // A colon takes a no-break space, except between digits (10:30).
    .replace(new RegExp(`([^\\s${NBSP}${NARROW}\\d])${SPACE}*:`, 'g'), `$1${NBSP}:`)
    .replace(new RegExp(`(\\d)${SPACE}+:`, 'g'), `$1${NBSP}:`);
  return text.replace(/[\ue000-\uf8ff]/g, (c) => kept[c.charCodeAt(0) - SENTINEL_BASE] ?? c);
}

function main() {
  const check = process.argv.includes('--check');
  const file = fileURLToPath(new URL('../public/_locales/fr/messages.json', import.meta.url));
  let raw = readFileSync(file, 'utf8');
  const catalog = JSON.parse(raw);
  const changed = [];
  for (const [key, entry] of Object.entries(catalog)) {
    const fixed = frenchTypography(entry.message);
    if (fixed === entry.message) continue;
    changed.push(key);
    if (!check) raw = raw.split(`"message": ${JSON.stringify(entry.message)}`).join(`"message": ${JSON.stringify(fixed)}`);
  }
  if (check) {
    for (const key of changed)
      console.log(`${key}: ${JSON.stringify(catalog[key].message)} → ${JSON.stringify(frenchTypography(catalog[key].message))}`);
    if (changed.length) process.exitCode = 1;
    return;
  }
  if (changed.length) writeFileSync(file, raw);
  console.log(`french-typography: messages fixed: ${changed.length}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
