// What a hostile feed costs the service worker: parsing must stay linear in the input (SECURITY.md
// § 10). Figures at 1 MB and 20 MB (the fetch cap) of the shapes that made the old regexes
// quadratic: the ratio between them should stay near 20, where the old htmlToText took 12 s for
// 1 MB of unclosed <script> and over an hour for 20 MB.
import { it } from 'vitest';
import { htmlToText, type ScanMeter } from '../src/shared/html-text';
import { parseLibraryText } from '../src/shared/library/detect';
import { prepareItems } from '../src/shared/library/normalize';
import { measure, ms, table } from './figures';
import { record, type Figure } from './record';

const MB = 1024 * 1024;
const fill = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length));
const rss = (description: string) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Hostile</title><item><title>A</title><link>https://feeds.example/a</link><description>${description}</description></item></channel></rss>`;

const SHAPES: [string, (bytes: number) => string][] = [
  ['unclosed <script> (escaped)', (bytes) => rss(fill('&lt;script&gt;x', bytes))],
  ['unclosed <script> (CDATA)', (bytes) => rss(`<![CDATA[${fill('<script>x', bytes)}]]>`)],
  ['entity flood', (bytes) => rss(fill('&amp;', bytes))],
];

it('hostile feeds: parse and normalise at 1 MB and 20 MB', async () => {
  const figures: Figure[] = [];
  const rows: Record<string, string | number>[] = [];
  for (const [shape, build] of SHAPES) {
    const medians: number[] = [];
    for (const size of [1, 20]) {
      const text = build(size * MB);
      const run = await measure(() => prepareItems(parseLibraryText(text), { sourceId: null, defaultLanguage: 'en', defaultFormat: 'blog-post', now: 0 }), size === 1 ? 5 : 3, 1);
      medians.push(run.median);
      figures.push({ figure: `hostile feed, ${shape}, ${size} MB: parse and normalise`, median: run.median, p95: run.p95, budget: null });
    }
    rows.push({ shape, '1 MB': ms(medians[0]!), '20 MB': ms(medians[1]!), ratio: (medians[1]! / medians[0]!).toFixed(1) });
  }
  // The scanner alone, on the raw markup a feed's CDATA can carry: steps counted, not only timed.
  for (const size of [1, 20]) {
    const html = fill('<script>x', size * MB);
    const meter: ScanMeter = { steps: 0 };
    const run = await measure(() => htmlToText(html, undefined, meter), 3, 1);
    figures.push({ figure: `htmlToText, ${size} MB of unclosed <script>`, median: run.median, p95: run.p95, budget: null });
    rows.push({ shape: `htmlToText alone, ${size} MB`, '1 MB': size === 1 ? ms(run.median) : '', '20 MB': size === 20 ? ms(run.median) : '', ratio: `${(meter.steps / 4 / html.length).toFixed(2)} steps/char` });
  }
  table('Hostile feeds (linear: 20 MB should cost about 20 times 1 MB)', rows);
  record('hostile', figures);
}, 600_000);
