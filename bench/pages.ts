// The busy LinkedIn pages the page-cost benchmark grows, in the shapes of the saved fixtures.

// Installed by the page itself, first thing in <head>: long tasks of the page's renderer main
// thread, which is also where the content script runs (its isolated world shares the thread).
const OBSERVE = `window.__long = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__long.push(e.duration); })
  .observe({ type: 'longtask', buffered: true });`;

// The interop outlet LinkedIn keeps on every page (open shadow root, overlay bubbles).
const OUTLET = (inside: string) =>
  `<div id="interop-outlet" data-testid="interop-shadowdom"><template shadowrootmode="open">${inside}</template></div>`;

// The feed in the SDUI shape of test/fixtures/linkedin/feed.html. The page appends 25 posts
// every 50 ms until 500, as infinite scroll does; every 5th post has its comment box open.
const FEED = `<!doctype html>
<html lang="en" data-bench="feed">
<head><meta charset="utf-8"><title>Feed | LinkedIn</title><script>${OBSERVE}</script></head>
<body>
<header><nav><a href="/feed/">Home</a> <a href="/messaging/thread/2-ada/">Messaging</a> <a href="/in/ada-sample-42/">Ada Sample</a></nav></header>
<main id="workspace" data-sdui-screen="com.linkedin.sdui.flagshipnav.feed.MainFeed">
  <div role="button" componentkey="share-box-entry"><button type="button">Start a post</button></div>
  <div role="list" data-testid="mainFeed"></div>
</main>
${OUTLET('<aside class="msg-overlay-container"><div class="msg-overlay-list-bubble msg-overlay-list-bubble--is-minimized"><header><button type="button">Messaging</button></header></div></aside>')}
<script>
  const list = document.querySelector('[data-testid="mainFeed"]');
  const text = 'Onboarding a new tool costs more in training than in licences. Here is what we measured across pipelines, pricing and renewals. ';
  let n = 0;
  const post = (i) => {
    const item = document.createElement('div');
    item.setAttribute('role', 'listitem');
    item.innerHTML = '<h2>Feed post</h2>'
      + '<div><a href="https://www.linkedin.com/in/member-' + i + '/?trk=feed">Member ' + i + '</a> · 2nd</div>'
      + '<p><span data-testid="expandable-text-box">' + text.repeat(1 + (i % 4)) + '</span></p>'
      + '<div><button aria-label="Like">Like</button>'
      + '<button aria-label="Comment"><svg id="comment-small" aria-hidden="true"></svg>Comment</button>'
      + '<button aria-label="Repost">Repost</button><button aria-label="Send">Send</button></div>'
      + (i % 5 === 0
        ? '<div><div contenteditable="true" role="textbox" aria-label="Add a comment…"><p><br></p></div><button>Post</button></div>'
        : '');
    return item;
  };
  const timer = setInterval(() => {
    for (let i = 0; i < 25; i++) list.append(post(n++));
    if (n >= 500) { clearInterval(timer); window.__benchDone = true; }
  }, 50);
</script>
</body>
</html>`;

// The messaging page in the Ember shape of test/fixtures/linkedin/messaging-thread.html: 200
// conversation rows, an open thread of 50 messages, the reply form and an overlay bubble. The
// page then re-renders 20 rows every 50 ms, 40 times, as LinkedIn's list churns.
const MESSAGING = `<!doctype html>
<html lang="en" data-bench="messaging">
<head><meta charset="utf-8"><title>Messaging | LinkedIn</title><script>${OBSERVE}</script></head>
<body>
<header class="global-nav">
  <input class="search-global-typeahead__input" role="combobox" aria-expanded="false" aria-label="Search" type="text">
  <nav><a href="/feed/">Home</a> <a href="/messaging/">Messaging</a></nav>
</header>
<main class="scaffold-layout__main">
  <div class="scaffold-layout__list msg__list">
    <ul class="msg-conversations-container__conversations-list" aria-label="Conversation list"></ul>
  </div>
  <div class="scaffold-layout__detail msg__detail">
    <div class="msg-thread">
      <div class="msg-title-bar">
        <a class="msg-thread__link-to-profile" href="https://www.linkedin.com/in/member-0/"><h2 class="msg-entity-lockup__entity-title">Member 0</h2></a>
      </div>
      <div class="msg-s-message-list"><ul class="msg-s-message-list-content"></ul></div>
      <form class="msg-form msg-form--thread-footer-feature">
        <div class="msg-form__msg-content-container msg-form__message-texteditor">
          <div class="msg-form__contenteditable t-14" contenteditable="true" role="textbox" aria-multiline="true" aria-label="Write a message…"><p><br></p></div>
          <div class="msg-form__placeholder" data-placeholder="Write a message…"></div>
        </div>
        <footer class="msg-form__footer">
          <div class="msg-form__left-actions">
            <button type="button" class="msg-form__footer-action artdeco-button" aria-label="Attach an image to your conversation with Member 0">Image</button>
            <button type="button" class="msg-form__footer-action artdeco-button" aria-label="Open Emoji Keyboard">Emoji</button>
          </div>
          <div class="msg-form__right-actions"><button type="submit" class="msg-form__send-button artdeco-button" disabled>Send</button></div>
        </footer>
      </form>
    </div>
  </div>
</main>
${OUTLET(`<aside class="msg-overlay-container"><div class="msg-overlay-conversation-bubble">
  <header class="msg-overlay-bubble-header"><a href="https://www.linkedin.com/in/member-1/"><h2 class="msg-overlay-bubble-header__title">Member 1</h2></a></header>
  <div class="msg-overlay-conversation-bubble__content-wrapper"><div class="msg-form msg-form--overlay">
    <div class="msg-form__contenteditable" contenteditable="true" role="textbox" aria-label="Write a message…"><p><br></p></div>
    <button type="button" class="msg-form__footer-action artdeco-button" aria-label="Open Emoji Keyboard">Emoji</button>
    <button type="submit" class="msg-form__send-button artdeco-button" disabled>Send</button>
  </div></div>
</div></aside>`)}
<script>
  const rows = document.querySelector('.msg-conversations-container__conversations-list');
  const row = (i, k) => {
    const li = document.createElement('li');
    li.className = 'scaffold-layout__list-item msg-conversation-listitem';
    li.innerHTML = '<div class="msg-conversation-card"><div tabindex="0" class="msg-conversation-listitem__link msg-conversations-container__convo-item-link'
      + (i === 0 ? ' msg-conversations-container__convo-item-link--active' : '') + '">'
      + '<h3 class="msg-conversation-card__participant-names"><span>Member ' + i + '</span></h3>'
      + '<time class="msg-conversation-card__time-stamp">Nov ' + ((k % 28) + 1) + '</time>'
      + '<p class="msg-conversation-card__message-snippet">Member ' + i + ': message ' + k + ' about the renewal.</p></div></div>';
    return li;
  };
  for (let i = 0; i < 200; i++) rows.append(row(i, i));
  const thread = document.querySelector('.msg-s-message-list-content');
  for (let i = 0; i < 50; i++) {
    const li = document.createElement('li');
    li.className = 'msg-s-message-list__event';
    const mine = i % 2 === 0;
    li.innerHTML = '<div class="msg-s-event-listitem' + (mine ? '' : ' msg-s-event-listitem--other') + '" data-event-urn="urn:li:msg_message:(urn:li:fsd_profile:' + (mine ? 'SELF' : 'M0') + ',2-B' + i + ')">'
      + (mine ? '<span class="msg-s-message-group__name">You</span>'
        : '<a class="msg-s-event-listitem__link" href="https://www.linkedin.com/in/member-0/"><span class="msg-s-message-group__name">Member 0</span></a>')
      + '<time class="msg-s-message-group__timestamp">10:' + String(i).padStart(2, '0') + ' AM</time>'
      + '<p class="msg-s-event-listitem__body">Message ' + i + ': https://example.com/nurture-starter/post-' + i + '?utm_source=linkedin</p></div>';
    thread.append(li);
  }
  let round = 0;
  const timer = setInterval(() => {
    for (let j = 0; j < 20; j++) {
      const k = round * 20 + j;
      const i = k % 200;
      rows.children[i].replaceWith(row(i, k));
    }
    if (++round >= 40) { clearInterval(timer); window.__benchDone = true; }
  }, 50);
</script>
</body>
</html>`;

// A feed that does LinkedIn-like work of its own, so that "added" means something: each post is
// a heavy tree (about 200 elements, many classes, images of fixed size, the social bar, every
// 5th with its comment box open), styled by a few hundred rules; and the page scrolls itself
// two posts per frame and re-renders as it goes, as LinkedIn does: timestamps and counters of
// the posts on screen rewritten, a hover card and a "new posts" pill added and removed, posts
// far above the viewport emptied to a placeholder of their height (virtualised), 25 more posts
// added when the end comes near, until 500 posts were shown and the end is reached. The same
// page and scroll script run with and without the extension.
const RULES = Array.from(
  { length: 240 },
  (_, i) =>
    `.fi-c${i} { color: rgb(${i % 200}, 40, 90); } .feed-item .fi-b${i % 40} > .fi-c${i} { padding-left: ${i % 7}px; } .fi-x${i}:hover { outline: 1px solid #ccc; }`,
).join('\n');
const STYLE = `
body { margin: 0; font: 14px/1.4 system-ui, sans-serif; background: #f4f2ee; }
[data-testid="mainFeed"] { width: 555px; margin: 0 auto; }
.feed-item { display: block; background: #fff; margin: 8px 0; border-radius: 8px; contain: layout; }
.feed-item .actor { display: flex; align-items: center; gap: 8px; padding: 12px 16px 0; }
.feed-item img { display: block; object-fit: cover; }
.feed-item .actor img { width: 48px; height: 48px; border-radius: 50%; }
.feed-item .media img { width: 555px; height: 312px; }
.feed-item .social-counts { display: flex; justify-content: space-between; padding: 4px 16px; color: #666; }
.feed-item .social-bar { display: flex; justify-content: space-around; border-top: 1px solid #e8e8e8; }
.feed-item .social-bar button { flex: 1; padding: 10px; border: 0; background: none; }
.feed-item .comment-box { display: flex; gap: 8px; padding: 8px 16px 12px; }
.feed-item .comment-box [contenteditable] { flex: 1; min-height: 36px; border: 1px solid #aaa; border-radius: 18px; padding: 6px 12px; }
.feed-item .text span:nth-child(3n) { font-weight: 600; }
.feed-item .tags a:not(:last-child)::after { content: " · "; }
.hover-card { position: absolute; width: 300px; height: 120px; background: #fff; box-shadow: 0 2px 8px #0003; }
.new-posts-pill { position: fixed; top: 60px; left: 50%; padding: 6px 12px; background: #0a66c2; color: #fff; border-radius: 16px; }
${RULES}`;

const REALISTIC = `<!doctype html>
<html lang="en" data-bench="realistic">
<head><meta charset="utf-8"><title>Feed | LinkedIn</title><script>${OBSERVE}</script><style>${STYLE}</style></head>
<body>
<header class="global-nav"><nav><a href="/feed/">Home</a> <a href="/messaging/thread/2-ada/">Messaging</a> <a href="/in/ada-sample-42/">Ada Sample</a></nav></header>
<main id="workspace" data-sdui-screen="com.linkedin.sdui.flagshipnav.feed.MainFeed">
  <div role="button" componentkey="share-box-entry"><button type="button">Start a post</button></div>
  <div role="list" data-testid="mainFeed"></div>
</main>
${OUTLET('<aside class="msg-overlay-container"><div class="msg-overlay-list-bubble msg-overlay-list-bubble--is-minimized"><header><button type="button">Messaging</button></header></div></aside>')}
<script>
  const list = document.querySelector('[data-testid="mainFeed"]');
  const words = 'Onboarding a new tool costs more in training than in licences here is what we measured across pipelines pricing and renewals'.split(' ');
  const cls = (i, k) => 'fi-c' + ((i * 7 + k) % 240) + ' fi-x' + ((i + k * 3) % 240) + ' fi-b' + (k % 40);
  // About 200 elements: header, actor, text in spans, hashtags, media, counts, social bar,
  // reactions, every 5th post its open comment box.
  const body = (i) => {
    let html = '<div class="' + cls(i, 1) + ' update-v2"><div class="' + cls(i, 2) + ' header"><span class="' + cls(i, 3) + '">Suggested</span><button class="' + cls(i, 4) + '" aria-label="Open control menu">…</button></div>'
      + '<div class="actor ' + cls(i, 5) + '"><a href="https://www.linkedin.com/in/member-' + i + '/?trk=feed"><img width="48" height="48" alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></a>'
      + '<div class="' + cls(i, 6) + '"><a class="' + cls(i, 7) + '" href="https://www.linkedin.com/in/member-' + i + '/?trk=feed"><span class="' + cls(i, 8) + '"><span aria-hidden="true">Member ' + i + '</span></span></a>'
      + '<span class="' + cls(i, 9) + '"> · 2nd</span><div class="' + cls(i, 10) + '"><span class="' + cls(i, 11) + '">Head of Sales at Example ' + (i % 17) + '</span></div>'
      + '<time class="ts ' + cls(i, 12) + '">' + (1 + (i % 23)) + 'h</time></div></div>'
      + '<div class="text ' + cls(i, 13) + '"><span data-testid="expandable-text-box">';
    for (let k = 0; k < 60; k++) html += '<span class="' + cls(i, 20 + k) + '">' + words[(i + k) % words.length] + ' </span>';
    html += '</span></div><div class="tags ' + cls(i, 90) + '">';
    for (let k = 0; k < 8; k++) html += '<a class="' + cls(i, 91 + k) + '" href="/feed/hashtag/tag' + k + '/">#tag' + k + '</a>';
    html += '</div><div class="media ' + cls(i, 100) + '"><img width="555" height="312" alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></div>'
      + '<div class="social-counts ' + cls(i, 101) + '"><span class="reactions ' + cls(i, 102) + '">';
    for (let k = 0; k < 3; k++) html += '<img class="' + cls(i, 103 + k) + '" width="16" height="16" alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">';
    html += '<span class="count ' + cls(i, 106) + '">' + (i * 13 % 900) + '</span></span><span class="' + cls(i, 107) + '"><button class="' + cls(i, 108) + '">' + (i % 40) + ' comments</button> · <button class="' + cls(i, 109) + '">' + (i % 9) + ' reposts</button></span></div>'
      + '<div class="social-bar ' + cls(i, 110) + '">';
    for (const [k, label] of ['Like', 'Comment', 'Repost', 'Send'].entries()) {
      html += '<span class="' + cls(i, 111 + k) + '"><button class="' + cls(i, 115 + k) + '" aria-label="' + label + '"><svg width="24" height="24" aria-hidden="true"><use href="#' + label + '"></use></svg><span class="' + cls(i, 119 + k) + '">' + label + '</span></button></span>';
    }
    html += '</div>';
    for (let k = 0; k < 10; k++) html += '<div class="' + cls(i, 130 + k) + ' hidden-extra"><div class="' + cls(i, 140 + k) + '"><span class="' + cls(i, 150 + k) + '"></span></div></div>';
    if (i % 5 === 0) {
      html += '<div class="comment-box ' + cls(i, 160) + '"><img width="40" height="40" alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">'
        + '<div contenteditable="true" role="textbox" aria-label="Add a comment…" class="' + cls(i, 161) + '"><p><br></p></div>'
        + '<button class="' + cls(i, 162) + '" aria-label="Open Emoji Keyboard">☺</button><button class="' + cls(i, 163) + '">Post</button></div>';
    }
    return html + '</div>';
  };
  let n = 0;
  const posts = [];
  const grow = () => {
    for (let k = 0; k < 25; k++) {
      const item = document.createElement('div');
      item.setAttribute('role', 'listitem');
      item.className = 'feed-item ' + cls(n, 0);
      item.innerHTML = '<h2 class="visually-hidden">Feed post</h2>' + body(n);
      list.append(item);
      posts.push(item);
      n++;
    }
  };
  grow();
  let frame = 0;
  let emptied = 0;
  let card = null;
  let pill = null;
  const tick = () => {
    frame++;
    window.scrollBy(0, 1200);
    const top = window.scrollY;
    // The posts on screen: their timestamps and counters re-rendered (text replaced), as
    // LinkedIn's feed does while it scrolls.
    const first = posts.findIndex((post, index) => index >= emptied && post.offsetTop + post.offsetHeight > top);
    for (let k = first; k >= 0 && k < Math.min(posts.length, first + 3); k++) {
      posts[k].querySelector('.ts').textContent = (1 + ((k + frame) % 23)) + 'h';
      posts[k].querySelector('.count').textContent = String((k * 13 + frame) % 900);
    }
    // A few nodes in and out each frame: a hover card, the new-posts pill.
    if (card) { card.remove(); card = null; } else { card = document.createElement('div'); card.className = 'hover-card'; card.innerHTML = '<img width="64" height="64" alt=""><span>Member</span><button>Follow</button>'; (posts[first] ?? document.body).append(card); }
    if (frame % 30 === 0) { pill?.remove(); pill = document.createElement('button'); pill.className = 'new-posts-pill'; pill.textContent = 'New posts'; document.body.append(pill); }
    // Virtualised: posts ten screens above are emptied to a placeholder of the same height.
    while (emptied < posts.length && posts[emptied].offsetTop + posts[emptied].offsetHeight < top - 10 * window.innerHeight) {
      const post = posts[emptied++];
      post.style.height = post.offsetHeight + 'px';
      post.replaceChildren();
    }
    const end = document.documentElement.scrollHeight - window.innerHeight;
    if (n < 500 && top > end - 3 * window.innerHeight) grow();
    if (n >= 500 && top >= end - 1) { window.__benchDone = true; window.__frames = frame; return; }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
</script>
</body>
</html>`;

// Paths the content script reads as the feed and as messaging (src/content/linkedin/pages.ts):
// /bench/feed would be "other", where feed-only features would not start.
export const PAGES = [
  // The budgeted scenario: the page's own work is LinkedIn-like, so "< 5% added" means something.
  {
    key: 'realistic',
    name: 'feed, LinkedIn-like page scrolling to 500 posts',
    url: 'https://www.linkedin.com/feed/realistic/',
    html: REALISTIC,
  },
  { key: 'feed', name: 'feed growing to 500 posts', url: 'https://www.linkedin.com/feed/bench/', html: FEED },
  {
    key: 'messaging',
    name: 'messaging, 200 conversations churning',
    url: 'https://www.linkedin.com/messaging/thread/bench/',
    html: MESSAGING,
  },
] as const;
