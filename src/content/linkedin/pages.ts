// Which LinkedIn page is this? Decided from the URL alone: it is known before the page has
// rendered and it does not change with LinkedIn's markup.
import type { PageKind } from '../../contract/index';

export function detectPage(href: string): PageKind {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return 'other';
  }
  if (url.hostname !== 'www.linkedin.com') return 'other';
  const path = url.pathname;
  if (path === '/' || path === '/feed' || path.startsWith('/feed/')) return 'feed';
  if (path === '/messaging' || path.startsWith('/messaging/')) return 'messaging';
  // /in/<slug>/ and its sub-pages (/in/<slug>/details/...) are a member's profile.
  if (/^\/in\/[^/]+\/?/.test(path)) return 'profile';
  // Sales Navigator (measured: every page under /sales/; lead and account URLs carry their ids).
  if (/^\/sales\/(lead|people)\/[^/]+/.test(path)) return 'sales-lead';
  if (/^\/sales\/(company|account)\/[^/]+/.test(path)) return 'sales-account';
  if (path === '/sales/inbox' || path.startsWith('/sales/inbox/')) return 'sales-inbox';
  return 'other';
}
