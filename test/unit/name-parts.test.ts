import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameParts } from '../../src/domain/people/name-parts';

describe('nameParts', () => {
  it.each([
    ['Ada Sample', 'Ada', 'Sample'],
    ['Jean-Pierre de La Fontaine', 'Jean-Pierre', 'de La Fontaine'],
    ['Ada Sample, PhD', 'Ada', 'Sample'],
    ['Ada Sample, MBA, CPA', 'Ada', 'Sample'],
    ['Ada Sample (she/her)', 'Ada', 'Sample'],
    ['Ada Sample 🚀 | CFO', 'Ada', 'Sample'],
    ['Dr. Ada Sample', 'Ada', 'Sample'],
    ['Mme Lucía Ejemplo', 'Lucía', 'Ejemplo'],
    ['Cher', 'Cher', ''],
    ['  Ada   Sample  ', 'Ada', 'Sample'],
    ["Seán O'Brien", 'Seán', "O'Brien"],
    ['DUPONT Jean', 'Jean', 'DUPONT'],
    ['DE LA FONTAINE Jean-Pierre', 'Jean-Pierre', 'DE LA FONTAINE'],
    ['Анна Петрова', 'Анна', 'Петрова'],
    ['Νίκος Παπαδόπουλος', 'Νίκος', 'Παπαδόπουλος'],
    ['محمد علي', 'محمد', 'علي'],
  ])('%s -> %s / %s', (name, firstName, lastName) => {
    expect(nameParts(name)).toEqual({ firstName, lastName });
  });

  it('does not guess in scripts written family name first without spaces, nor from an initial', () => {
    expect(nameParts('山田太郎')).toEqual({ firstName: '', lastName: '' });
    expect(nameParts('김 민준')).toEqual({ firstName: '', lastName: '' });
    expect(nameParts('A. Sample')).toEqual({ firstName: '', lastName: 'Sample' });
    expect(nameParts('')).toEqual({ firstName: '', lastName: '' });
    expect(nameParts('🚀 ,x')).toEqual({ firstName: '', lastName: '' });
  });

  it('for any text, gives words of the name only, bounded by it', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (name) => {
        const { firstName, lastName } = nameParts(name);
        expect(firstName.length + lastName.length).toBeLessThanOrEqual(name.length);
        expect(firstName).not.toMatch(/[{}\n,]/);
        expect(firstName).toBe(firstName.trim());
      }),
    );
  });
});
