// A French salesperson's data, as a backup file: a library in French, prospects at every stage
// (lost included), every kind of log entry, drafts and sent shares, sources that synced, failed
// and were not modified. Names and words are French or neutral, so that any English on a
// screen can only come from the interface.
import {
  INTERACTION_KINDS,
  PROSPECT_STAGES,
  type ContentItem,
  type Interaction,
  type Prospect,
  type Source,
} from '../../../src/domain/model';

const DAY = 86_400_000;

export function frenchBackup(now: number, schemaVersion: number): string {
  const item = (
    id: string,
    title: string,
    format: ContentItem['format'],
    stages: ContentItem['stages'],
    sourceId: string,
  ): ContentItem => ({
    id,
    url: `https://www.exemple.fr/ressources/${id}`,
    title,
    summary: `${title} : méthode, chiffres clés et témoignages de directeurs financiers.`,
    format,
    language: 'fr',
    topics: ['finance', 'achats'],
    personas: ['Directeur financier'],
    stages,
    captions: [{ language: 'fr', text: `Bonjour {firstName|}, voici notre ${title.toLowerCase()}.` }],
    publishedAt: now - 30 * DAY,
    expiresAt: id === 'etude-expiree' ? now - DAY : null,
    freshAt: now - 30 * DAY,
    sourceId,
    example: sourceId === 'starter',
    addedAt: now - 30 * DAY,
    updatedAt: now - 30 * DAY,
    curatedAt: null,
  });
  const content = [
    item('livre-blanc', 'Livre blanc : réduire le cycle de décision', 'white-paper', ['evaluation', 'purchase'], 'flux-blog'),
    item('cas-client', 'Étude de cas Dupont Industrie', 'case-study', ['consideration', 'evaluation'], 'fichier-csv'),
    item('webinaire', 'Webinaire trésorerie 2027', 'webinar', ['awareness'], 'starter'),
    item('etude-expiree', 'Baromètre achats 2025', 'article', ['customer', 'advocate'], 'flux-blog'),
  ];
  const sync = (fields: Partial<NonNullable<Source['lastSync']>>): Source['lastSync'] => ({
    at: now - DAY,
    added: 3,
    updated: 1,
    unchanged: 2,
    rejected: 0,
    error: null,
    notModified: false,
    ...fields,
  });
  const sources: Source[] = [
    {
      id: 'flux-blog',
      kind: 'rss',
      label: 'Blog Exemple',
      url: 'https://www.exemple.fr/blog/flux/',
      etag: null,
      lastModified: null,
      addedAt: now - 40 * DAY,
      lastSync: sync({}),
    },
    {
      id: 'flux-atom',
      kind: 'atom',
      label: 'Actualités Exemple',
      url: 'https://www.exemple.fr/actualites.atom',
      etag: null,
      lastModified: null,
      addedAt: now - 40 * DAY,
      lastSync: sync({ notModified: true }),
    },
    {
      id: 'flux-json',
      kind: 'json-feed',
      label: 'Veille Exemple',
      url: 'https://veille.exemple.fr/flux.json',
      etag: null,
      lastModified: null,
      addedAt: now - 40 * DAY,
      lastSync: null,
    },
    {
      id: 'fichier-json',
      kind: 'json',
      label: 'bibliotheque.json',
      url: null,
      etag: null,
      lastModified: null,
      addedAt: now - 40 * DAY,
      lastSync: sync({ rejected: 1 }),
    },
    {
      id: 'fichier-csv',
      kind: 'csv',
      label: 'contenus.csv',
      url: null,
      etag: null,
      lastModified: null,
      addedAt: now - 40 * DAY,
      lastSync: sync({}),
    },
    {
      id: 'starter',
      kind: 'starter',
      label: 'Exemples',
      url: null,
      etag: null,
      lastModified: null,
      addedAt: now - 40 * DAY,
      lastSync: null,
    },
  ];
  const names = ['Chloé Martin', 'Julien Bernard', 'Inès Moreau', 'Hugo Lefèvre', 'Léa Garnier', 'Mathis Roux', 'Camille Faure'];
  const prospects: Prospect[] = PROSPECT_STAGES.map((stage, i) => ({
    id: `/in/${names[i]!.normalize('NFD')
      .replace(/[^\p{L} ]/gu, '')
      .toLowerCase()
      .replace(' ', '-')}`,
    name: names[i]!,
    headline: 'Directrice administrative et financière',
    company: i % 2 ? 'Dupont Industrie' : 'Banque Exemple',
    persona: i % 2 ? 'Directeur financier' : 'Directeur des achats',
    stage,
    tags: ['salon-2026'],
    notes: 'Rencontrée au salon, intéressée par la trésorerie.',
    // Chloé is due today; the others in a week or never.
    nextFollowUp: i === 0 ? now - 2 * DAY : i % 2 ? now + 7 * DAY : null,
    createdAt: now - 60 * DAY,
    lastContactAt: now - (10 + i) * DAY,
    lastReplyAt: i % 3 ? now - 3 * DAY : null,
    location: 'Lyon, France',
  }));
  const chloe = prospects[0]!.id;
  const base = { channel: 'message' as const, url: null, externalId: null, note: '' };
  // Chloé's history holds one entry of every kind (the timeline shows them all).
  const perKind: Record<(typeof INTERACTION_KINDS)[number], Omit<Interaction, 'id' | 'at' | 'kind'>> = {
    shared: {
      ...base,
      prospectId: chloe,
      contentId: 'livre-blanc',
      status: 'sent',
      link: 'https://www.exemple.fr/ressources/livre-blanc?utm_source=linkedin',
    },
    posted: { ...base, prospectId: chloe, contentId: 'webinaire', channel: 'post', status: 'sent', audience: 'network' },
    replied: { ...base, prospectId: chloe, contentId: null, externalId: 'r-1', note: 'Merci, je regarde ça cette semaine.' },
    stage: { ...base, prospectId: chloe, contentId: null, channel: 'other', stageFrom: 'awareness', stageTo: 'consideration' },
    note: { ...base, prospectId: chloe, contentId: null, channel: 'other', note: 'Budget validé en janvier.' },
    call: { ...base, prospectId: chloe, contentId: null, channel: 'other', note: 'Appel de découverte.' },
    meeting: { ...base, prospectId: chloe, contentId: null, channel: 'other', note: 'Démonstration sur site.' },
    email: { ...base, prospectId: chloe, contentId: null, channel: 'other', note: 'Proposition envoyée.' },
  };
  const interactions: Interaction[] = INTERACTION_KINDS.map((kind, i) => ({ ...perKind[kind], id: i + 1, at: now - (20 - i) * DAY, kind }));
  // Shares to the others (a draft among them, and one named only), stage changes up the funnel.
  prospects.slice(1).forEach((prospect, i) => {
    interactions.push({
      ...base,
      id: 100 + i,
      at: now - (15 - i) * DAY,
      kind: 'shared',
      prospectId: prospect.id,
      contentId: 'cas-client',
      status: i === 0 ? 'draft' : 'sent',
    });
    interactions.push({
      ...base,
      id: 200 + i,
      at: now - (14 - i) * DAY,
      kind: 'replied',
      prospectId: prospect.id,
      contentId: null,
      externalId: `r-${prospect.id}`,
    });
    interactions.push({
      ...base,
      id: 300 + i,
      at: now - (13 - i) * DAY,
      kind: 'stage',
      prospectId: prospect.id,
      contentId: null,
      channel: 'other',
      stageFrom: 'awareness',
      stageTo: prospect.stage,
    });
  });
  interactions.push({
    ...base,
    id: 400,
    at: now - DAY,
    kind: 'shared',
    prospectId: null,
    contentId: 'webinaire',
    status: 'draft',
    personName: 'Nathalie Petit',
  });
  return JSON.stringify({
    nurture: 'backup',
    schemaVersion,
    exportedAt: now,
    stores: { content, sources, prospects, interactions, settings: [] },
  });
}
