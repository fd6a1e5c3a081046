// The content script's cost on busy LinkedIn pages: a feed growing to 500 posts (every 5th
// with an open comment box) and a messaging page with 200 conversations that LinkedIn keeps
// re-rendering. Each page runs in Chromium without and with the extension; the figures are
// the page's main-thread script and task time (CDP Performance metrics) and its long tasks.
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { chromium, type BrowserContext } from 'playwright-core';
import { it } from 'vitest';
import { QUIET_FLAGS, freshProfile, requireChromium, routeLinkedIn, sandboxFlags } from '../scripts/chromium.mjs';
import { launch } from '../test/e2e/launch';
import { ms, table } from './figures';
import { record, type Figure } from './record';

const RUNS = 5;

// Long tasks as the page's renderer sees them; the content script runs on the same thread.
const OBSERVE = `window.__long = []; new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__long.push(e.duration); }).observe({ type: 'longtask', buffered: true });`;

const FEED = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Feed | LinkedIn</title><script>${OBSERVE}</script></head>
<body><main id="workspace"><div role="list" data-testid="mainFeed"></div></main>
<script>
  const list = document.querySelector('[data-testid="mainFeed"]');
  let n = 0;
  const timer = setInterval(() => {
    for (let i = 0; i < 25; i++, n++) {
      const post = document.createElement('div');
      post.setAttribute('role', 'listitem');
      const box = n % 5 === 0 ? '<form data-testid="comment-box"><div contenteditable="true" role="textbox" aria-label="Add a comment…"><p><br></p></div><button>Comment</button></form>' : '';
      post.innerHTML = '<h2>Feed post</h2><div><a href="/in/member-' + n + '/">Member ' + n + '</a> · 2nd</div><p><span data-testid="expandable-text-box">' + 'Post text about pipelines and pricing. '.repeat(8) + '</span></p><button aria-label="Comment">Comment</button><button aria-label="Repost">Repost</button>' + box;
      list.append(post);
    }
    if (n >= 500) { clearInterval(timer); window.__benchDone = true; }
  }, 50);
</script></body></html>`;

const MESSAGING = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Messaging | LinkedIn</title><script>${OBSERVE}</script></head>
<body><main><ul class="msg-conversations-container__conversations-list"></ul>
<div class="msg-thread"><div class="msg-title-bar"><a class="msg-thread__link-to-profile" href="/in/member-0/"><h2 class="msg-entity-lockup__entity-title">Member 0</h2></a></div>
<ul class="msg-s-message-list-content"></ul>
<form class="msg-form"><div class="msg-form__contenteditable" contenteditable="true" role="textbox"><p><br></p></div>
<footer class="msg-form__footer"><div class="msg-form__left-actions"><button type="button">Emoji</button></div><button type="submit" class="msg-form__send-button" disabled>Send</button></footer></form></div></main>
<script>
  const rows = document.querySelector('.msg-conversations-container__conversations-list');
  const row = (i, k) => { const li = document.createElement('li'); li.className = 'msg-conversation-listitem'; li.innerHTML = '<div class="msg-conversation-listitem__link' + (i === 0 ? ' msg-conversations-container__convo-item-link--active' : '') + '"><h3 class="msg-conversation-card__participant-names">Member ' + i + '</h3><time>Nov ' + (k % 28 + 1) + '</time><p class="msg-conversation-card__message-snippet">Snippet ' + k + '</p></div>'; return li; };
  for (let i = 0; i < 200; i++) rows.append(row(i, i));
  const thread = document.querySelector('.msg-s-message-list-content');
  let messages = 0;
  const message = () => { const i = messages++; const li = document.createElement('li'); li.className = 'msg-s-message-list__event'; li.innerHTML = '<div class="msg-s-event-listitem' + (i % 2 ? ' msg-s-event-listitem--other' : '') + '" data-event-urn="urn:li:msg_message:' + i + '"><p class="msg-s-event-listitem__body">Message ' + i + ' https://example.com/post/' + i + '</p></div>'; thread.append(li); };
  for (let i = 0; i < 40; i++) message();
  let round = 0;
  // Every tick: 20 rows re-rendered and 24 messages arriving, up to 1,000 messages.
  const timer = setInterval(() => {
    for (let j = 0; j < 20; j++) { const i = 1 + ((round * 20 + j) % 199); rows.children[i].replaceWith(row(i, round * 20 + j)); }
    for (let j = 0; j < 24; j++) message();
    if (++round >= 40) { clearInterval(timer); window.__benchDone = true; }
  }, 50);
</script></body></html>`;

const PAGES = [
  { name: 'feed, 500 posts', url: 'https://www.linkedin.com/bench/feed', html: FEED },
  { name: 'messaging, 200 conversations, 1,000 messages', url: 'https://www.linkedin.com/messaging/thread/bench/', html: MESSAGING },
];

async function servePages(context: BrowserContext) {
  await routeLinkedIn(context);
  // Registered after the fixtures' route: Playwright tries the newest route first.
  for (const page of PAGES) await context.route(page.url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: page.html }));
}

async function measurePage(context: BrowserContext, url: string) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __benchDone?: boolean }).__benchDone === true, undefined, { timeout: 60_000 });
  await page.waitForTimeout(500);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  const long = await page.evaluate(() => (window as unknown as { __long: number[] }).__long);
  const hosts = await page.locator('[data-nurture-host]').count();
  await page.close();
  return { script: metric('ScriptDuration'), task: metric('TaskDuration'), longest: Math.max(0, ...long), over50: long.filter((d) => d > 50).length, hosts };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

it('content script: cost on busy pages, with and without the extension', async () => {
  const bare = await chromium.launchPersistentContext(freshProfile(), {
    executablePath: requireChromium(),
    headless: true,
    args: [...QUIET_FLAGS, ...sandboxFlags()],
  });
  const session = await launch();
  try {
    await servePages(bare);
    await servePages(session.context);
    const rows: Record<string, string | number>[] = [];
    const figures: Figure[] = [];
    for (const { name, url } of PAGES) {
      const without: Awaited<ReturnType<typeof measurePage>>[] = [];
      const withExt: Awaited<ReturnType<typeof measurePage>>[] = [];
      // Alternate, so machine noise falls on both sides alike.
      for (let i = 0; i < RUNS; i++) {
        without.push(await measurePage(bare, url));
        withExt.push(await measurePage(session.context, url));
      }
      const s0 = median(without.map((r) => r.script));
      const s1 = median(withExt.map((r) => r.script));
      figures.push(
        { figure: `main-thread script, ${name}`, median: s1, p95: null, budget: '< 5% added', baseline: { name: 'without the extension', median: s0 } },
        { figure: `longest task with the extension, ${name}`, median: Math.max(...withExt.map((r) => r.longest)), p95: null, budget: 'no task > 50 ms caused', baseline: { name: 'without', median: Math.max(...without.map((r) => r.longest)) } },
      );
      rows.push({
        page: name,
        'script, without': ms(s0),
        'script, with': ms(s1),
        'added (budget < 5%)': `${(((s1 - s0) / s0) * 100).toFixed(1)} %`,
        'tasks, without': ms(median(without.map((r) => r.task))),
        'tasks, with': ms(median(withExt.map((r) => r.task))),
        'longest task, without': ms(Math.max(...without.map((r) => r.longest))),
        'longest task, with': ms(Math.max(...withExt.map((r) => r.longest))),
        'tasks > 50 ms, with': withExt.reduce((sum, r) => sum + r.over50, 0),
        'our buttons on the page': withExt[0]!.hosts,
      });
    }
    table(`Content script cost, median of ${RUNS} runs per page (CDP ScriptDuration / TaskDuration)`, rows);
    record('page-cost', figures);
  } finally {
    await bare.close();
    await session.close();
  }
  const size = gzipSync(readFileSync('dist/chrome/src/content/main.iife.js')).length;
  console.log(`Content-script bundle: ${(size / 1024).toFixed(1)} KB gzipped (budget: 40 KB)`);
}, 300_000);
