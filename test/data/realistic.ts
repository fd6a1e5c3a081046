// Realistic data of any size, the same every run (seeded): a content library in English and
// French (accents, long captions), prospects with names in several scripts, and a year of
// shares and replies. Shared by the benchmarks (bench/) and the tests that check the code
// copes with such data (test/unit/realistic-data.test.ts).
import { DB_VERSION } from '../../src/background/db';
import { CAPTION_MAX, CONTENT_FORMATS, STAGES, type ContentItem, type Interaction, type Prospect } from '../../src/domain/model';

const EN =
  'pipeline discovery negotiation pricing onboarding retention churn procurement budget roadmap security compliance integration adoption training forecast quota territory renewal expansion upsell referral advocacy champion stakeholder committee proposal contract pilot trial benchmark analytics dashboard automation workflow strategy planning leadership hiring culture finance operations manufacturing logistics healthcare retail banking insurance energy cloud data privacy'.split(
    ' ',
  );
const FR =
  'stratégie négociation découverte prospection fidélisation achats budget sécurité conformité intégration formation prévision commercial marketing contenu accompagnement décision comité direction financière opérations industrie logistique santé distribution banque assurance énergie données confidentialité recommandation témoignage étude'.split(
    ' ',
  );
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
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
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
      // Captions from one line to the longest the library keeps (CAPTION_MAX).
      captions: [{ language: french ? 'fr' : 'en', text: words(vocabulary, i % 10 === 0 ? 300 : 20 + (i % 7) * 10).slice(0, CAPTION_MAX) }],
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

const DAY = 86_400_000;
const FIRST = [
  'Ada',
  'Hélène',
  'Jörg',
  'Zoë',
  'Łukasz',
  'Søren',
  'Иван',
  'Мария',
  '王芳',
  '李伟',
  'さくら',
  'محمد',
  'Ngozi',
  'Thiago',
  'Aoife',
  'Νίκος',
  'प्रिया',
  '지민',
  'François-Xavier',
];
const LAST = ['Sample', 'Dupont-Lefèvre', 'Müller', 'García', 'Nowak', 'Østergaard', 'Петров', '陈', '佐藤', 'الحسن', 'Okafor', "O'Brien"];

export function makeLog(
  prospectCount: number,
  interactionCount: number,
  now: number,
): { prospects: Prospect[]; interactions: Interaction[] } {
  const prospects: Prospect[] = Array.from({ length: prospectCount }, (_, i) => ({
    id: `/in/member-${i}`,
    name: `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}`,
    headline: `Directrice des opérations chez Société ${i % 700}`,
    company: `Société ${i % 700}, Inc.`,
    persona: ['CFO', 'COO', 'CIO'][i % 3]!,
    stage: (['awareness', 'consideration', 'evaluation', 'purchase', 'customer', 'advocate'] as const)[i % 6]!,
    tags: i % 4 ? [] : ['q4', 'salon'],
    notes: i % 10 ? '' : 'Rencontrée au salon ; rappeler après le comité "budget", 2e trimestre.',
    nextFollowUp: i % 20 === 0 ? now - (i % 5) * DAY : null,
    createdAt: now - 400 * DAY,
    lastContactAt: now - (i % 30) * DAY,
    lastReplyAt: i % 3 === 0 ? now - (i % 40) * DAY : null,
  }));
  const interactions: Interaction[] = Array.from({ length: interactionCount }, (_, i) => ({
    id: i + 1,
    at: now - (i % 365) * DAY - i,
    kind: i % 4 === 0 ? 'replied' : 'shared',
    prospectId: `/in/member-${i % prospectCount}`,
    contentId: `item-${i % 500}`,
    channel: 'message',
    url: 'https://www.linkedin.com/messaging/thread/2-abc/',
    externalId: i % 4 === 0 ? `linkedin:seed-${i}` : null,
    note: i % 9 ? '' : '=à rappeler, "urgent"',
    ...(i % 4 === 0 ? {} : { status: 'sent' as const }),
  }));
  return { prospects, interactions };
}

/** A backup file holding the library, prospects and log: how the Chromium benchmark loads them. */
export function backupText(contentCount: number, prospectCount: number, interactionCount: number, now: number): string {
  const content: ContentItem[] = makeCorpus(contentCount);
  const { prospects, interactions } = makeLog(prospectCount, interactionCount, now);
  return JSON.stringify({
    nurture: 'backup',
    schemaVersion: DB_VERSION,
    exportedAt: now,
    stores: { content, sources: [], prospects, interactions, settings: [] },
  });
}
