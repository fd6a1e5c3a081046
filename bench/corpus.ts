// A synthetic library of realistic size and vocabulary (English and French selling topics),
// the same every run (seeded), for the search and import benchmarks.
import type { ContentItem } from '../src/shared/model';
import { CONTENT_FORMATS, STAGES } from '../src/shared/model';

const EN = 'pipeline discovery negotiation pricing onboarding retention churn procurement budget roadmap security compliance integration adoption training forecast quota territory renewal expansion upsell referral advocacy champion stakeholder committee proposal contract pilot trial benchmark analytics dashboard automation workflow strategy planning leadership hiring culture finance operations manufacturing logistics healthcare retail banking insurance energy cloud data privacy'.split(' ');
const FR = 'stratégie négociation découverte prospection fidélisation achats budget sécurité conformité intégration formation prévision commercial marketing contenu accompagnement décision comité direction financière opérations industrie logistique santé distribution banque assurance énergie données confidentialité recommandation témoignage étude'.split(' ');
const PERSONAS = ['CFO', 'COO', 'CIO', 'Head of Sales', 'Procurement manager', 'HR director', 'DSI', 'Directeur des achats'];

function rng(seed: number) {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function makeCorpus(size: number, seed = 42): ContentItem[] {
  const random = rng(seed);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const words = (list: readonly string[], count: number) => Array.from({ length: count }, () => pick(list)).join(' ');
  const now = Date.UTC(2026, 10, 22);
  return Array.from({ length: size }, (_, i) => {
    const french = random() < 0.35;
    const vocabulary = french ? FR : EN;
    const publishedAt = now - Math.floor(random() * 900) * 86_400_000;
    return {
      id: `item-${i}`,
      url: `https://blog.example.com/posts/${i}`,
      title: `${words(vocabulary, 2)} ${words(vocabulary, 3)}`.replace(/^./, (c) => c.toUpperCase()),
      summary: words(vocabulary, 40),
      format: pick(CONTENT_FORMATS),
      language: french ? 'fr' : 'en',
      topics: [pick(vocabulary), pick(vocabulary)],
      personas: [pick(PERSONAS)],
      stages: [pick(STAGES)],
      captions: [{ language: french ? 'fr' : 'en', text: words(vocabulary, 20) }],
      publishedAt,
      freshAt: publishedAt,
      expiresAt: random() < 0.05 ? now - 86_400_000 : null,
      sourceId: 'bench',
      example: false,
      addedAt: now,
      updatedAt: now,
      curatedAt: null,
    };
  });
}

/** The same corpus as an RSS 2.0 feed, for the import benchmark. */
export function corpusAsRss(items: readonly ContentItem[]): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const entries = items
    .map(
      (item) =>
        `<item><title>${escape(item.title)}</title><link>${item.url}?utm_source=rss</link><guid>${item.url}</guid>` +
        `<pubDate>${new Date(item.publishedAt ?? 0).toUTCString()}</pubDate>${item.topics.map((t) => `<category><![CDATA[${t}]]></category>`).join('')}` +
        `<description><![CDATA[<p>${escape(item.summary)}</p>]]></description></item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Bench</title><link>https://blog.example.com/</link>${entries}</channel></rss>`;
}

/** Queries as people type them: prefixes, whole words, two words, accents or not, filters. */
export const QUERIES = [
  { text: 'p' },
  { text: 'neg' },
  { text: 'negociation' },
  { text: 'stratégie' },
  { text: 'strategie formation' },
  { text: 'pipeline forecast' },
  { text: 'onboarding', stages: ['customer' as const] },
  { text: 'cloud security compliance' },
  { text: '' },
];
