// docs/glossary.md names each concept once per language; the catalogs use those words.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STAGES } from '../../src/domain/model';

type Messages = Record<string, { message: string }>;
const load = (lang: string): Messages => JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8'));
const en = load('en');
const fr = load('fr');
const glossary = readFileSync('docs/glossary.md', 'utf8');

/** The glossary's row whose English column is `english`: [English, French, definition]. */
function row(english: string): string[] {
  const line = glossary.split('\n').find((candidate) => candidate.startsWith(`| ${english} |`));
  expect(line, `docs/glossary.md has a row for "${english}"`).toBeDefined();
  return line!.split(' | ').map((cell) => cell.replace(/^\| |\s*\|$/g, '').trim());
}

describe('the French catalog speaks the glossary', () => {
  it('a caption is « accroche », never « légende » nor « texte d’accompagnement »', () => {
    const wrong = Object.entries(fr)
      .filter(([, { message }]) => /légende|texte(s)? d[’']accompagnement/i.test(message))
      .map(([key]) => key);
    expect(wrong).toEqual([]);
    expect(row('caption')[1]).toBe('accroche');
    for (const key of ['pickerCaption', 'captions', 'captionsHint', 'pickerCaptionNext'])
      expect(fr[key]?.message, key).toMatch(/accroche/i);
  });

  it('adding a prospect is never « Suivre », LinkedIn’s own button beside ours', () => {
    const labels = Object.entries(fr)
      .filter(([, { message }]) => /^suivre\b/i.test(message.trim()))
      .map(([key]) => key);
    expect(labels).toEqual([]);
    expect(fr['panelTrack']?.message).toBe('Ajouter aux prospects');
    expect(row('track (button *Add to prospects*)')[1]).toContain('ajouter aux prospects');
  });

  it('the stages are named as the glossary names them, in both languages', () => {
    const [english = '', french = ''] = row('Awareness, Consideration, Evaluation, Purchase, Customer, Advocate');
    expect(STAGES.map((stage) => en[`stage_${stage}`]?.message).join(', ')).toBe(english);
    expect(STAGES.map((stage) => fr[`stage_${stage}`]?.message).join(', ')).toBe(french);
  });

  it('the log is « journal », the follow-up « relance », the side panel « panneau latéral »', () => {
    expect(fr['activityTitle']?.message).toBe('Journal');
    expect(row('follow-up')[1]).toBe('relance');
    expect(fr['prospectFollowUp']?.message).toMatch(/relance/i);
    expect(fr['openSidePanel']?.message).toMatch(/panneau latéral/);
  });
});
