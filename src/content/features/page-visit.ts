// Tells the side panel that the tab shows another page or another person, so it reads the tab
// again (it asks; nothing personal is pushed). Adds nothing to the page: runs in quiet mode too,
// where the panel is the user's only way in. Also the profile reader's health now that no
// button of ours needs the profile in quiet mode.
import { PAGE_KINDS, type ReaderPart } from '../../contract/index';
import { personKey, personOnPage } from '../linkedin/page-person';
import type { Feature } from './feature';

const PART = { name: 'profile-name', headline: 'profile-headline' } as const satisfies Record<string, ReaderPart>;

export const pageVisit: Feature = {
  name: 'page-visit',
  pages: PAGE_KINDS,
  addsToPage: false,
  start(ctx) {
    let last: string | null = null;
    return {
      scan(page) {
        if (ctx.signal.aborted) return { state: 'no-anchor', missing: [] };
        const person = personOnPage(ctx.page, page);
        const key = `${ctx.page} ${page.href} ${personKey(person)}`;
        if (key !== last) {
          last = key;
          // Nobody may be listening (no panel open): the background acknowledges it.
          ctx.request('page.visit', { page: ctx.page }).catch(() => {});
        }
        const profilePage = ctx.page === 'profile' || ctx.page === 'sales-lead';
        const missing: ReaderPart[] =
          profilePage && page.profile ? page.profile.missing.flatMap((part) => (part === 'actions' ? [] : [PART[part]])) : [];
        return { state: person ? 'mounted' : 'no-anchor', missing };
      },
    };
  },
};
