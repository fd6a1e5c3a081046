// Steps 1 and 2 of reading a reply (see classify.ts): what the rules read. Quoted previous
// messages, the signature and the greeting are dropped, the rest capped and folded (lower
// case, no accents, straight apostrophes, some emoji as words).
import { fold } from '../text/fold';
import { compile, PACKS } from './languages';

/** Longer input is cut: nobody's answer is longer, and the work stays bounded. */
const MAX_INPUT = 20_000;
const MAX_BODY = 3_000;

/** Signs read as words before folding; other emoji are dropped. */
const EMOJI_WORDS: readonly (readonly [RegExp, string])[] = [
  [/[👍👌🤝✅🙌💯🚀]|:\+1:|\(y\)/gu, ' emojiyes '],
  [/[👎🙅❌🚫⛔]/gu, ' emojino '],
  [/[🏖🌴✈🏝⛱🏔⛷🎄🌞]/gu, ' emojiaway '],
];

/** What may follow a closing: nothing, a block on the next lines, or a short name ("Ada", "Bruno M."). */
function signatureLike(tail: string): boolean {
  if (tail.length > 400) return false;
  if (/^[\s,.!:-]*$/.test(tail)) return true;
  if (/^[ \t,.!:-]*\n/.test(tail)) return true;
  const name = /^[\s,.!:-]*((?:\p{Lu}[\p{L}'’.-]*\s*){1,4})[.!]?\s*$/u.exec(tail);
  return !!name && !/^(?:I|I'm|I’m|We|Let's|Happy|Not|No|Yes|Please|Je|Nous|Pas|Oui|Non)\b/u.test(name[1]!.trim());
}

function dropQuotesAndSignature(text: string): string {
  let body = text
    .split('\n')
    .filter((line) => !/^\s*>/.test(line))
    .join('\n');
  let cut = body.length;
  for (const pack of PACKS) {
    for (const header of pack.quoteHeaders) {
      const found = header.exec(body);
      if (found && found.index < cut) cut = found.index;
    }
  }
  body = body.slice(0, cut);
  // A closing ("Best regards", "Cordialement", "Sent from my iPhone") after a sentence, with
  // nothing but a name or a signature block after it.
  let end = body.length;
  for (const pack of PACKS) {
    const re = compile(pack).closings;
    re.lastIndex = 0;
    for (let found = re.exec(body); found; found = re.exec(body)) {
      if (found[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (found.index === 0 || found.index >= end) continue;
      const before = body.slice(Math.max(0, found.index - 3), found.index);
      if (!/(?:^|[\n.!?,;)]|\s-)\s*$/.test(before) && found.index > 0) continue;
      if (signatureLike(body.slice(found.index + found[0].length))) end = found.index;
    }
  }
  body = body.slice(0, end);
  for (const pack of PACKS) body = body.replace(pack.greeting, ' ');
  return body;
}

/** Lower case, no accents, straight apostrophes, emoji as words, single spaces (line breaks kept as full stops). */
function foldForMatching(text: string): string {
  let out = text;
  for (const [re, word] of EMOJI_WORDS) out = out.replace(re, word);
  out = out
    .replace(/[\u2018\u2019\u02bc\u00b4`\u2032]/g, "'")
    .replace(/[\u201c\u201d\u00ab\u00bb]/g, '"')
    .replace(/[\u2013\u2014]/g, ' - ')
    .replace(/\u2026/g, '...')
    .replace(/[\u00a0\u202f\t]/g, ' ');
  out = fold(out)
    .replace(/\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}\u200d\ufe0f]/gu, ' ')
    .replace(/\n+/g, ' . ')
    .replace(/ {2,}/g, ' ');
  return out.trim();
}

/** Cleans and folds a reply: what the rules read. */
export function prepareReply(text: string): string {
  const raw = text.slice(0, MAX_INPUT).replace(/\r\n?/g, '\n');
  return foldForMatching(dropQuotesAndSignature(raw).slice(0, MAX_BODY));
}
