// How lists and captions are written in the dashboard's plain text fields, both ways. Pure.
import type { Caption } from '../domain/model';

/** "a, b; c" or one per line -> ["a", "b", "c"]. */
export const splitList = (text: string): string[] =>
  text
    .split(/[,;\n]/)
    .map((part) => part.trim())
    .filter(Boolean);

/** Captions are edited as blocks separated by a blank line, each optionally starting "[fr] ". */
export function captionsFromText(text: string, fallbackLanguage: string): Caption[] {
  return text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => {
      const tagged = /^\[([a-z]{2,3})\]\s*([\s\S]*)$/i.exec(block);
      return tagged ? { language: tagged[1]!.toLowerCase(), text: tagged[2]!.trim() } : { language: fallbackLanguage, text: block };
    })
    .filter((caption) => caption.text);
}

export const captionsToText = (captions: readonly Caption[]): string =>
  captions.map((caption) => `[${caption.language}] ${caption.text}`).join('\n\n');
