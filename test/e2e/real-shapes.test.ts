// The built extension on the page shapes measured on real LinkedIn (test/fixtures/linkedin/
// README.md says which are measured and which inferred): tracking from every profile shape,
// a share button in every comment box shape, and a popup that names what it did not find.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sessionPerFile, type Session } from './launch';
import { OurUi, SHARE } from './our-ui';
import { SidePanel } from './side-panel';

let session: Session;
sessionPerFile((started) => (session = started));

interface StoredProspect {
  name: string;
  headline: string;
  company: string;
  location?: string;
  memberId?: string | null;
}

/** The record as the background keeps it, asked from an extension page like the dashboard does. */
async function prospect(id: string): Promise<StoredProspect | null> {
  const page = await session.context.newPage();
  await page.goto(session.url('src/popup/index.html'));
  const answer = await page.evaluate((id) => chrome.runtime.sendMessage({ type: 'prospects.get', payload: { id } }), id);
  await page.close();
  expect(answer).toMatchObject({ ok: true });
  return (answer as { value: StoredProspect | null }).value;
}

const PROFILES = [
  {
    shape: 'measured 2026: pronouns and degree before the headline, company line, Message link in its own wrapper',
    url: 'https://www.linkedin.com/in/ada-sample-42/',
    id: '/in/ada-sample-42',
    row: '.e3f4a5',
    expected: {
      name: 'Ada Sample',
      headline: 'Operations leader | Lean manufacturing | Supply chain resilience',
      company: 'Example Industries',
      location: 'Lyon, Auvergne-Rhône-Alpes, France',
      memberId: 'ACoAAExampleMember123',
    },
  },
  {
    shape: 'measured 2026: two degree paragraphs, no pronouns, Spanish labels, dark theme on #interop-outlet',
    url: 'https://www.linkedin.com/in/bruno-exemple/',
    id: '/in/bruno-exemple',
    row: '.e3f4a5',
    expected: {
      name: 'Bruno Exemple',
      headline: 'CFO/Founder',
      company: 'Exemple Foods',
      location: 'Madrid, Comunidad de Madrid, España',
      memberId: 'ACoAABrunoMember456',
    },
  },
  {
    shape: 'French, 3rd degree: no Message action, no company line',
    url: 'https://www.linkedin.com/in/chlo%C3%A9-mod%C3%A8le/',
    id: '/in/chloé-modèle',
    row: '.e3f4a5',
    expected: {
      name: 'Chloé Modèle',
      headline: 'Directrice des achats chez Société Exemple | Industrie',
      company: 'Société Exemple',
      location: 'Bordeaux, Nouvelle-Aquitaine, France',
    },
  },
  {
    shape: 'classic front end (inferred)',
    url: 'https://www.linkedin.com/in/dan-placeholder/',
    id: '/in/dan-placeholder',
    row: '.pvs-profile-actions',
    expected: {
      name: 'Dan Placeholder',
      headline: 'VP Sales, EMEA | Industrial IoT',
      company: 'Placeholder Systems',
      location: 'Munich, Bavaria, Germany',
    },
  },
  {
    shape: 'measured 2026: "Company · School" on one line, Experience and Education below (sections inferred)',
    url: 'https://www.linkedin.com/in/nora-sample/',
    id: '/in/nora-sample',
    row: null,
    expected: { name: 'Nora Sample', headline: 'Operations leader | Supply chain resilience', company: 'Example Industries' },
  },
  {
    shape: 'measured 2026: a member who shows only a school has no company',
    url: 'https://www.linkedin.com/in/tom-fictif/',
    id: '/in/tom-fictif',
    row: null,
    expected: { name: 'Tom Fictif', headline: 'Student at Sciences Nullepart | Public policy', company: '' },
  },
];

describe('tracking from every profile shape', () => {
  for (const profile of PROFILES) {
    it(`${profile.shape}: right name, headline, company; buttons in the action row`, async () => {
      const page = await session.context.newPage();
      await page.goto(profile.url);
      const ui = await OurUi.of(page);
      const share = await ui.find({ role: 'button', name: SHARE });
      // Beside LinkedIn's own actions, not inside the Message link's one-child wrapper.
      if (profile.row) expect(await ui.hostIn(share, profile.row)).toBe(true);
      // The side panel shows the person as the page reads them; Track keeps exactly that.
      const panel = await SidePanel.open(session);
      await panel.follow(page);
      await panel.shows(profile.expected.name);
      const card = await panel.page.getByTestId('panel-person').innerText();
      expect(card).toContain(profile.expected.headline);
      if (profile.expected.company) expect(card).toContain(profile.expected.company);
      await panel.track(page, profile.expected.name);
      await panel.close();
      expect(await prospect(profile.id)).toMatchObject(profile.expected);
      await page.close();
    });
  }

  it("follows LinkedIn's dark theme when only #interop-outlet carries it", async () => {
    const page = await session.context.newPage();
    await page.goto('https://www.linkedin.com/in/bruno-exemple/');
    const ui = await OurUi.of(page);
    expect(await ui.colour(await ui.find({ role: 'button', name: SHARE }))).toBe('rgb(95, 212, 184)');
    await page.goto('https://www.linkedin.com/in/ada-sample-42/');
    expect(await ui.colour(await ui.find({ role: 'button', name: SHARE }))).toBe('rgb(10, 124, 102)');
    await page.close();
  });
});

/** Picks the first hit for `query` from the share button in `box`, and answers the editor's text. */
async function shareInto(page: Page, box: string, editor: string, query: string): Promise<string> {
  const ui = await OurUi.of(page);
  await ui.openPicker(box, query);
  await page.keyboard.press('Enter');
  const target = page.locator(editor).first();
  await expect.poll(() => target.innerText(), { timeout: 10_000 }).toMatch(/utm_source=linkedin/);
  return target.innerText();
}

describe('a share button in every comment box shape', () => {
  it('measured classic box (.comments-comment-box--cr, Quill with its clipboard twin, no submit button): inserts a tagged link', async () => {
    const page = await session.context.newPage();
    await page.goto('https://www.linkedin.com/feed/update/urn:li:activity:7000000000000000042/');
    const ui = await OurUi.of(page);
    await expect.poll(() => ui.count({ role: 'button', name: SHARE }), { timeout: 10_000 }).toBe(1);
    // Before the emoji/photo row: the one place an empty box offers.
    const button = await ui.find({ role: 'button', name: SHARE, within: '.comments-comment-box--cr' });
    expect(
      await ui.on(
        button,
        'function () { return this.getRootNode().host.nextElementSibling.matches(".comments-comment-box__detour-icons"); }',
      ),
    ).toBe(true);
    const text = await shareInto(page, '.comments-comment-box--cr', '.comments-comment-box--cr .ql-editor', 'shortlist');
    expect(text).toMatch(/https:\/\/example\.com\/nurture-starter\/\S+\?utm_source=linkedin&utm_medium=social/);
    expect(await page.locator('.ql-clipboard').innerText()).toBe('');
    await page.close();
  });

  it('new front end boxes (commentBox- componentkey, tiptap): one button per box, inserts a tagged link', async () => {
    const page = await session.context.newPage();
    await page.goto('https://www.linkedin.com/feed/?comments=sdui');
    const ui = await OurUi.of(page);
    await expect
      .poll(() => ui.count({ role: 'button', name: SHARE, within: '[componentkey^="commentBox-"]' }), { timeout: 10_000 })
      .toBe(2);
    const text = await shareInto(
      page,
      '[componentkey="commentBox-urn:li:activity:7000000000000000052"]',
      '[componentkey="commentBox-urn:li:activity:7000000000000000052"] .ProseMirror',
      'shortlist',
    );
    expect(text).toMatch(/https:\/\/example\.com\/nurture-starter\/\S+\?utm_source=linkedin/);
    // The share is in the log, as posted to the network.
    const popup = await session.context.newPage();
    await popup.goto(session.url('src/popup/index.html'));
    await expect.poll(() => popup.getByTestId('activity').locator('li').first().textContent(), { timeout: 10_000 }).toMatch(/^Posted/);
    await popup.close();
    await page.close();
  });
});

describe('the popup names what the readers did not find', () => {
  /** The popup's health line for `page`, opened over it as the user does (the LinkedIn tab active). */
  async function healthLineOver(page: Page): Promise<string> {
    const popup = await session.context.newPage();
    await popup.goto(session.url('src/popup/index.html'));
    await page.bringToFront();
    // The popup reads the active tab when it opens: reopen it while LinkedIn's tab is in front.
    await popup.reload();
    const line = popup.getByTestId('tab-health');
    await expect.poll(() => line.textContent(), { timeout: 10_000 }).toMatch(/·/);
    const text = (await line.textContent()) ?? '';
    await popup.close();
    return text;
  }

  it('a profile whose headline is not recognised says "profile headline not found", not "active"', async () => {
    const page = await session.context.newPage();
    // LinkedIn changed its markup: the headline and company lines are no longer paragraphs.
    const changed = readFileSync('test/fixtures/linkedin/profile.html', 'utf8').replace(
      /<p class="f7a8b9">Operations leader[^<]*<\/p>\s*<p class="c0d1e2">Example Industries<\/p>/,
      '<span>Operations leader</span>',
    );
    await page.route('https://www.linkedin.com/in/ada-changed/', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: changed }),
    );
    await page.goto('https://www.linkedin.com/in/ada-changed/');
    await (await OurUi.of(page)).find({ role: 'button', name: SHARE });
    await page.waitForTimeout(400);
    expect(await healthLineOver(page)).toBe('LinkedIn profile · profile headline not found');
    await page.close();
  });

  it('a profile read in full says active', async () => {
    const page = await session.context.newPage();
    await page.goto('https://www.linkedin.com/in/bruno-exemple/');
    await (await OurUi.of(page)).find({ role: 'button', name: SHARE });
    await page.waitForTimeout(400);
    expect(await healthLineOver(page)).toBe('LinkedIn profile · Nurture is active on this page');
    await page.close();
  });
});
