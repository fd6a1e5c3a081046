import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsvItems } from '../../src/domain/library/csv-items';
import { ParseError, type RawItem } from '../../src/domain/library/raw-item';
import { parseError } from './helpers/parse-error';

function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/csv/${name}`, import.meta.url), 'utf8');
}

/** The single item of a one-row file, failing loudly if the row was rejected. */
function onlyItem(text: string): RawItem {
  const { items, rejected } = parseCsvItems(text);
  expect(rejected).toEqual([]);
  expect(items).toHaveLength(1);
  return items[0] as RawItem;
}

describe('parseCsvItems: sample files', () => {
  it('reads the US marketing team export', () => {
    const parsed = parseCsvItems(fixture('library-en.csv'));
    expect(parsed.kind).toBe('csv');
    expect(parsed.ignoredColumns).toEqual(['Owner']);
    expect(parsed.items).toStrictEqual([
      {
        where: 'line 2',
        title: 'Zero Trust, Explained',
        url: 'https://example.com/blog/zero-trust',
        summary: 'A plain-English guide to "never trust, always verify".',
        format: 'blog-post',
        language: 'en',
        topics: ['security', 'zero trust'],
        personas: ['CISO', 'IT Manager'],
        stages: ['awareness'],
        captions: [{ text: 'Zero trust is not a product.' }, { text: 'Still think your VPN is enough?' }],
        publishedAt: '2024-03-05',
        expiresAt: '2025-03-05',
      },
      {
        where: 'line 5',
        title: 'Cloud Cost Checklist',
        url: 'https://example.com/assets/cloud-cost-checklist.pdf',
        summary: '12 quick wins for your FinOps review',
        format: 'whitepaper',
        language: 'en',
        topics: ['cloud', 'finops'],
        personas: ['CFO'],
        stages: ['consideration'],
        captions: [{ text: 'Cut your cloud bill by 30%' }],
        publishedAt: 'Mar 12, 2024',
      },
      {
        where: 'line 7',
        title: 'Customer story: Acme Corp',
        summary: 'How Acme cut onboarding time in half',
        format: 'case-study',
        language: 'en',
        topics: ['onboarding'],
        personas: ['Head of HR'],
        stages: ['decision'],
        publishedAt: '2024-04-01',
      },
    ]);
    expect(parsed.rejected).toEqual([
      { where: 'line 8', reason: 'no url and no title' },
      { where: 'line 9', reason: '13 cells, the header has 12' },
    ]);
  });

  it('reads the French Excel export: BOM, semicolons, accented headers, captions per language', () => {
    const parsed = parseCsvItems(fixture('bibliotheque-fr.csv'));
    expect(parsed.ignoredColumns).toEqual(['Commentaire interne']);
    expect(parsed.rejected).toEqual([]);
    expect(parsed.items).toStrictEqual([
      {
        where: 'line 2',
        title: 'Guide RGPD 2024',
        url: 'https://exemple.fr/guides/rgpd-2024',
        summary: 'Les obligations clés, article par article',
        format: 'livre-blanc',
        language: 'fr',
        topics: ['RGPD', 'conformité', 'données'],
        personas: ['DPO', 'DSI'],
        stages: ['découverte'],
        captions: [
          { language: 'fr', text: "Le RGPD vous semble flou ?\r\nVoici l'essentiel en 10 minutes." },
          { language: 'en', text: 'GDPR feeling fuzzy? Here is the gist in 10 minutes.' },
        ],
        publishedAt: '05/03/2024',
      },
      {
        where: 'line 4',
        title: 'Étude de cas : « Transport Martin »',
        url: 'https://exemple.fr/cas/transport-martin',
        summary: 'Comment un transporteur a réduit ses délais de 20 %',
        format: 'étude de cas',
        language: 'fr',
        topics: ['logistique'],
        personas: ['Directeur logistique'],
        stages: ['décision'],
        captions: [
          { language: 'fr', text: 'Moins de retards, plus de clients satisfaits' },
          { language: 'fr', text: '20 % de délais en moins' },
        ],
        publishedAt: '12/04/2024',
        expiresAt: '31/12/2024',
      },
      {
        where: 'line 6',
        title: 'Webinaire « Cloud souverain »',
        url: 'https://exemple.fr/webinaires/cloud-souverain',
        summary: 'Replay du 18 juin; 45 min',
        format: 'vidéo',
        language: 'fr',
        topics: ['cloud'],
        personas: ['DSI'],
        stages: ['considération'],
        publishedAt: '18/06/2024',
      },
    ]);
  });
});

describe('parseCsvItems: column names', () => {
  it('matches French headers whatever their case and accents', () => {
    for (const head of [
      'Titre;Lien;Résumé;Étapes;Légende FR;Légende EN',
      'TITRE;LIEN;RESUME;ETAPES;LEGENDE_FR;legende-en',
      ' titre ; lien ;résumé;étapes;légende (fr);Légende  En ',
    ]) {
      expect(onlyItem(`${head}\nT;https://x.fr;R;découverte|décision;Bonjour;Hello\n`), head).toStrictEqual({
        where: 'line 2',
        title: 'T',
        url: 'https://x.fr',
        summary: 'R',
        stages: ['découverte', 'décision'],
        captions: [
          { language: 'fr', text: 'Bonjour' },
          { language: 'en', text: 'Hello' },
        ],
      });
    }
  });

  const aliases: [string, keyof RawItem][] = [
    ['url', 'url'],
    ['Link', 'url'],
    ['lien', 'url'],
    ['Adresse', 'url'],
    ['URL canonique', 'url'],
    ['summary', 'summary'],
    ['Description', 'summary'],
    ['résumé', 'summary'],
    ['resume', 'summary'],
    ['Extrait', 'summary'],
    ['format', 'format'],
    ['Type', 'format'],
    ['language', 'language'],
    ['lang', 'language'],
    ['Langue', 'language'],
    ['Published', 'publishedAt'],
    ['date', 'publishedAt'],
    ['published_at', 'publishedAt'],
    ['Publication', 'publishedAt'],
    ['Date de publication', 'publishedAt'],
    ['Publié le', 'publishedAt'],
    ['expires', 'expiresAt'],
    ['Expiry', 'expiresAt'],
    ['expiration', 'expiresAt'],
    ['Expire le', 'expiresAt'],
    ["Date d'expiration", 'expiresAt'],
    ['ID', 'id'],
  ];
  it.each(aliases)('reads a "%s" column as %s', (name, field) => {
    expect(onlyItem(`Titre\t${name}\nT\t value \n`)[field]).toBe('value');
  });

  const listAliases: [string, keyof RawItem][] = [
    ['topics', 'topics'],
    ['Topic', 'topics'],
    ['tags', 'topics'],
    ['Sujets', 'topics'],
    ['thèmes', 'topics'],
    ['THEMES', 'topics'],
    ['Mots-clés', 'topics'],
    ['personas', 'personas'],
    ['Persona', 'personas'],
    ['cible', 'personas'],
    ['Cibles', 'personas'],
    ['Audience', 'personas'],
    ['stages', 'stages'],
    ['Stage', 'stages'],
    ['étape', 'stages'],
    ['Étapes', 'stages'],
    ['phase', 'stages'],
    ['Buying Stage', 'stages'],
  ];
  it.each(listAliases)('reads a "%s" column as the list %s', (name, field) => {
    expect(onlyItem(`title,${name}\nT,a | b\n`)[field]).toEqual(['a', 'b']);
  });

  const captionAliases: [string, string | undefined][] = [
    ['caption', undefined],
    ['Captions', undefined],
    ['légende', undefined],
    ['Légendes', undefined],
    ['accroche', undefined],
    ['Message', undefined],
    ['caption_fr', 'fr'],
    ['caption (en)', 'en'],
    ['légende fr', 'fr'],
    ['accroche_en', 'en'],
    ['Captions - DE', 'de'],
    ['caption pt-BR', 'pt-BR'],
    ['Légende français', 'fr'],
    ['Caption English', 'en'],
  ];
  it.each(captionAliases)('reads a "%s" column as captions in %s', (name, language) => {
    const expected = language === undefined ? { text: 'Hi' } : { language, text: 'Hi' };
    expect(onlyItem(`title,${name}\nT,Hi\n`).captions).toStrictEqual([expected]);
  });

  it('reports unknown columns, and second columns for a single-value field, as ignored', () => {
    const parsed = parseCsvItems('Owner,Title,URL,Link,Notes,,Caption (old)\nDana,T,https://a.example,https://b.example,n,x,c\n');
    expect(parsed.ignoredColumns).toEqual(['Owner', 'Link', 'Notes', 'Caption (old)']);
    expect(parsed.items).toStrictEqual([{ where: 'line 2', title: 'T', url: 'https://a.example' }]);
  });

  it('adds up several columns for the same list or for captions', () => {
    const item = onlyItem('title,tags,topics,caption,caption_fr,caption_en\nT,a|b,b|c,Plain,Salut,Hi\n');
    expect(item.topics).toEqual(['a', 'b', 'c']);
    expect(item.captions).toStrictEqual([{ text: 'Plain' }, { language: 'fr', text: 'Salut' }, { language: 'en', text: 'Hi' }]);
  });

  it('accepts a file with only a url column, or only a title column', () => {
    expect(onlyItem('URL\nhttps://a.example/x\n')).toStrictEqual({ where: 'line 2', url: 'https://a.example/x' });
    expect(onlyItem('Titre\nUn titre\n')).toStrictEqual({ where: 'line 2', title: 'Un titre' });
  });

  it('refuses a header with neither a url nor a title column, naming what it found and what it accepts', () => {
    const error = parseError(() => parseCsvItems('Name;Résumé;Tags\nA;B;C\n'));
    expect(error.message).toContain('"Name", "Résumé", "Tags"');
    for (const accepted of ['url', 'link', 'lien', 'adresse', 'URL canonique', 'title', 'titre'])
      expect(error.message).toContain(`"${accepted}"`);
  });
});

describe('parseCsvItems: cells', () => {
  it('splits lists on | always, on ; unless it separates cells, on , unless it separates cells', () => {
    expect(onlyItem('title,topics\nT,"a | b; c, d"\n').topics).toEqual(['a', 'b', 'c, d']);
    expect(onlyItem('title;topics\nT;"a | b; c, d"\n').topics).toEqual(['a', 'b; c', 'd']);
    expect(onlyItem('title\ttopics\nT\ta | b; c, d\n').topics).toEqual(['a', 'b', 'c', 'd']);
  });

  it('drops empty values and duplicates from lists', () => {
    expect(onlyItem('title,personas\nT,"| CFO ||CFO; ;CISO|"\n').personas).toEqual(['CFO', 'CISO']);
    expect(onlyItem('title,personas\nT," | ; "\n')).toStrictEqual({ where: 'line 2', title: 'T' });
  });

  it('splits captions on a line holding only ---, or on ||, and nowhere else', () => {
    const cell = 'First line\nsecond line\n  ---  \r\nTwo -- with --- dashes || Three | pipe\n---';
    expect(onlyItem(`title,caption\nT,"${cell}"\n`).captions).toStrictEqual([
      { text: 'First line\nsecond line' },
      { text: 'Two -- with --- dashes' },
      { text: 'Three | pipe' },
    ]);
    expect(onlyItem('title,caption\nT,"---\n || "\n')).toStrictEqual({ where: 'line 2', title: 'T' });
  });

  it('trims values, keeps dates as written, and leaves out empty cells', () => {
    expect(onlyItem('title,url,summary,date,expires,language\n  T  , https://a.example ,  ,  5 mars 2024 ,,\n')).toStrictEqual({
      where: 'line 2',
      title: 'T',
      url: 'https://a.example',
      publishedAt: '5 mars 2024',
    });
  });

  it('rejects rows with too many cells or with no url and no title, and goes on', () => {
    const parsed = parseCsvItems('title,url,summary\nA,https://a.example,s,extra\n,,only a summary\n"B\nB",,\n');
    expect(parsed.rejected).toEqual([
      { where: 'line 2', reason: '4 cells, the header has 3' },
      { where: 'line 3', reason: 'no url and no title' },
    ]);
    expect(parsed.items).toStrictEqual([{ where: 'line 4', title: 'B\nB' }]);
  });

  it('reads short rows as if the missing cells were empty', () => {
    expect(onlyItem('title,url,summary\nA\n')).toStrictEqual({ where: 'line 2', title: 'A' });
  });

  it('skips lines of separators only, as Excel writes them', () => {
    const parsed = parseCsvItems('title;url\n;\n ; \nA;\n;;;;\n');
    expect(parsed.rejected).toEqual([]);
    expect(parsed.items).toStrictEqual([{ where: 'line 4', title: 'A' }]);
  });

  it('counts lines across multi-line cells', () => {
    const parsed = parseCsvItems('title,caption\r\nA,"one\r\n---\r\ntwo"\r\n\r\nB,\r\n');
    expect(parsed.items.map((i) => i.where)).toEqual(['line 2', 'line 6']);
  });

  it('passes on the parser errors, with their line', () => {
    const error = parseError(() => parseCsvItems('title,url\nA,b\n"C,d\n'));
    expect(error.where).toBe('line 3');
    expect(() => parseCsvItems('')).toThrow(ParseError);
  });

  it('reads a 5,000-row library', () => {
    const lines = ['Titre;Lien;Thèmes;Légende FR'];
    for (let i = 0; i < 5000; i++) lines.push(`Article ${i};https://exemple.fr/${i};a, b|c;"Ligne 1\nLigne 2"`);
    const { items, rejected } = parseCsvItems(`\ufeff${lines.join('\r\n')}\r\n`);
    expect(rejected).toEqual([]);
    expect(items).toHaveLength(5000);
    expect(items[4999]).toStrictEqual({
      where: 'line 10000',
      title: 'Article 4999',
      url: 'https://exemple.fr/4999',
      topics: ['a', 'b', 'c'],
      captions: [{ language: 'fr', text: 'Ligne 1\nLigne 2' }],
    });
  });
});
