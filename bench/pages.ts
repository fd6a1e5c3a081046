// The busy LinkedIn pages the page-cost benchmark grows, in the shapes of the saved fixtures.

// Installed by the page itself, first thing in <head>: long tasks of the page's renderer main
// thread, which is also where the content script runs (its isolated world shares the thread).
const OBSERVE = `window.__long = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__long.push(e.duration); })
  .observe({ type: 'longtask', buffered: true });`;

// The interop outlet LinkedIn keeps on every page (open shadow root, overlay bubbles).
const OUTLET = (inside: string) => `<div id="interop-outlet" data-testid="interop-shadowdom"><template shadowrootmode="open">${inside}</template></div>`;

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

// Paths the content script reads as the feed and as messaging (src/content/linkedin/pages.ts):
// /bench/feed would be "other", where feed-only features would not start.
export const PAGES = [
  { key: 'feed', name: 'feed growing to 500 posts', url: 'https://www.linkedin.com/feed/bench/', html: FEED },
  { key: 'messaging', name: 'messaging, 200 conversations churning', url: 'https://www.linkedin.com/messaging/thread/bench/', html: MESSAGING },
] as const;

