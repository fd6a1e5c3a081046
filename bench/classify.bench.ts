// The on-device reply classifier (issue 25): accuracy per class and per language on the labelled
// corpora (test/data/replies/en.tsv, fr.tsv), what it confuses, and how fast it goes. Runs in
// Node, no browser: `npx vitest run --config vitest.bench.config.ts bench/classify.bench.ts`.
// The held-out replies (heldout-*.tsv, written after the rules were frozen and never used to
// change them) are printed apart: they say how the rules do on wording they were not fitted to.
import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { classifyReply, REPLY_CLASSES, type ReplyClass } from '../src/domain/replies/classify';
import { measure, ms, table } from './figures';
import { record, type Figure } from './record';

interface Labelled {
  label: ReplyClass;
  text: string;
}

/** `<class>\t<reply>` per line, `#` comments, a literal "\n" is a line break (as the unit test reads it). */
function load(file: string): Labelled[] {
  return readFileSync(new URL(`../test/data/replies/${file}`, import.meta.url), 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const tab = line.indexOf('\t');
      return { label: line.slice(0, tab) as ReplyClass, text: line.slice(tab + 1).replace(/\\n/g, '\n') };
    });
}

const NOW = new Date(2025, 11, 10, 15).getTime();
const percent = (part: number, whole: number) => (whole === 0 ? 0 : (100 * part) / whole);

function score(rows: readonly Labelled[]) {
  const perClass = new Map<ReplyClass, { n: number; right: number }>(REPLY_CLASSES.map((c) => [c, { n: 0, right: 0 }]));
  const confusions = new Map<string, number>();
  for (const row of rows) {
    const found = classifyReply(row.text, { now: NOW }).class;
    const cell = perClass.get(row.label)!;
    cell.n++;
    if (found === row.label) cell.right++;
    else confusions.set(`${row.label} -> ${found}`, (confusions.get(`${row.label} -> ${found}`) ?? 0) + 1);
  }
  const right = [...perClass.values()].reduce((sum, cell) => sum + cell.right, 0);
  return { perClass, confusions, right, n: rows.length };
}

it('reply classifier: accuracy per class and language, confusions, throughput', async () => {
  const figures: Figure[] = [];
  const all: Labelled[] = [];
  for (const language of ['en', 'fr'] as const) {
    const rows = load(`${language}.tsv`);
    all.push(...rows);
    const { perClass, confusions, right, n } = score(rows);
    table(
      `Reply classifier, ${language}: ${n} labelled replies, ${percent(right, n).toFixed(1)}% overall (budget: at least 90% in every class)`,
      REPLY_CLASSES.map((c) => {
        const cell = perClass.get(c)!;
        return { class: c, replies: cell.n, right: cell.right, accuracy: `${percent(cell.right, cell.n).toFixed(1)}%` };
      }),
    );
    console.log(
      `Confusions (${language}): ${confusions.size === 0 ? 'none' : [...confusions].map(([pair, count]) => `${pair} ×${count}`).join(', ')}`,
    );
    for (const c of REPLY_CLASSES) {
      const cell = perClass.get(c)!;
      const accuracy = percent(cell.right, cell.n);
      figures.push({
        figure: `reply class accuracy, ${language}, ${c} (${cell.n} replies)`,
        median: accuracy,
        p95: null,
        unit: '%',
        budget: '≥ 90%',
        met: accuracy >= 90,
      });
    }
  }

  const heldOutRows: Record<string, string | number>[] = [];
  for (const language of ['en', 'fr'] as const) {
    const { right, n, confusions } = score(load(`heldout-${language}.tsv`));
    heldOutRows.push({
      language,
      replies: n,
      right,
      accuracy: `${percent(right, n).toFixed(1)}%`,
      misses: [...confusions].map(([pair, count]) => `${pair} ×${count}`).join(', ') || 'none',
    });
    figures.push({
      figure: `reply class accuracy, ${language}, held-out replies written after the rules were frozen (${n})`,
      median: percent(right, n),
      p95: null,
      unit: '%',
      budget: null,
    });
  }
  table('Held out (written after the rules were frozen, never used to change them)', heldOutRows);

  const texts = all.map((row) => row.text);
  const whole = await measure(
    () => {
      for (const text of texts) classifyReply(text, { now: NOW });
    },
    30,
    3,
  );
  const long = `${'We are reviewing our options and will let you know. '.repeat(2000)}Not interested.`;
  const longOne = await measure(() => classifyReply(long, { now: NOW }), 30, 3);
  const perReply = (whole.median * 1000) / texts.length;
  table('Speed (one thread, Node)', [
    {
      work: `all ${texts.length} corpus replies`,
      median: ms(whole.median),
      p95: ms(whole.p95),
      'per reply': `${perReply.toFixed(1)} µs`,
      'replies / s': Math.round(texts.length / (whole.median / 1000)),
    },
    {
      work: `one ${Math.round(long.length / 1000)} KB reply (cut to its first 3,000 characters)`,
      median: ms(longOne.median),
      p95: ms(longOne.p95),
      'per reply': `${(longOne.median * 1000).toFixed(0)} µs`,
      'replies / s': Math.round(1000 / longOne.median),
    },
  ]);
  figures.push({
    figure: `classify all ${texts.length} corpus replies (en + fr)`,
    median: whole.median,
    p95: whole.p95,
    budget: '< 50 ms',
  });
  figures.push({
    figure: `classify one ${Math.round(long.length / 1000)} KB reply`,
    median: longOne.median,
    p95: longOne.p95,
    budget: '< 5 ms',
  });
  record('classify', figures);
});
