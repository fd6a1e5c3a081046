// The words marketing teams use for formats and stages, in English and French, mapped to
// the library's own. Keys are folded (see text.ts fold) and stripped of spaces and dashes.
import { CONTENT_FORMATS, STAGES, type ContentFormat, type Stage } from '../model';
import { fold } from '../text/fold';

const key = (word: string) => fold(word).replace(/[\s_\-–—.]+/g, '');

const FORMAT_WORDS: Record<ContentFormat, string[]> = {
  article: ['article', 'articles', 'tribune', 'guide', 'howto', 'checklist'],
  'white-paper': ['white paper', 'whitepaper', 'livre blanc', 'ebook', 'e-book', 'report', 'rapport', 'etude', 'study'],
  'case-study': ['case study', 'case', 'etude de cas', 'cas client', 'temoignage client', 'customer story', 'success story'],
  webinar: ['webinar', 'webinaire', 'webcast', 'conference en ligne'],
  video: ['video', 'vidéo', 'youtube', 'film'],
  infographic: ['infographic', 'infographie', 'infographics'],
  'blog-post': ['blog post', 'blog', 'post', 'billet', 'article de blog', 'news', 'actualite'],
  'third-party': ['third party', 'third-party', 'external', 'externe', 'tiers', 'presse', 'press', 'expert piece'],
};

const STAGE_WORDS: Record<Stage, string[]> = {
  awareness: [
    'awareness',
    'aware',
    'tofu',
    'top of funnel',
    'decouverte',
    'sensibilisation',
    'prise de conscience',
    'attention',
    'notoriete',
  ],
  consideration: ['consideration', 'consider', 'mofu', 'reflexion', 'interet', 'interest'],
  evaluation: ['evaluation', 'evaluate', 'preference', 'comparaison', 'comparison', 'decision', 'bofu'],
  purchase: ['purchase', 'buy', 'achat', 'closing', 'signature', 'negociation', 'negotiation'],
  customer: ['customer', 'client', 'onboarding', 'fidelisation', 'retention', 'usage'],
  advocate: ['advocate', 'advocacy', 'ambassadeur', 'ambassador', 'recommandation', 'referral', 'promoteur'],
};

function table<T extends string>(words: Record<T, string[]>): Map<string, T> {
  const map = new Map<string, T>();
  for (const [value, synonyms] of Object.entries(words) as [T, string[]][]) {
    map.set(key(value), value);
    for (const word of synonyms) map.set(key(word), value);
  }
  return map;
}

const formats = table(FORMAT_WORDS);
const stages = table(STAGE_WORDS);

export function readFormat(word: string): ContentFormat | null {
  return formats.get(key(word)) ?? null;
}

export function readStage(word: string): Stage | null {
  return stages.get(key(word)) ?? null;
}

export const FORMAT_NAMES = CONTENT_FORMATS;
export const STAGE_NAMES = STAGES;
