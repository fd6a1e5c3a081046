import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameKey, uniqueByName } from '../../src/domain/people/person-names';

const people = [
  { id: '/in/lucia', name: 'Lucía Ejemplo' },
  { id: '/in/tom', name: 'Tom Exemplar' },
  { id: '/in/ines-1', name: 'Inès Modèle' },
  { id: '/in/ines-2', name: 'INES  modele' },
];

describe('names without a profile', () => {
  it('compares names with case, accents, ligatures and white space folded', () => {
    expect(nameKey('  Lucía \n Ejemplo ')).toBe('lucia ejemplo');
    // What the background does with a name: the one prospect bearing it, once folded.
    const bears = (name: string, asked: string) => uniqueByName([{ name }], asked) !== null;
    expect(bears('LUCIA EJEMPLO', 'Lucía Ejemplo')).toBe(true);
    expect(bears('Chloé Œuvre', 'chloe oeuvre')).toBe(true);
    expect(bears('Lucía Ejemplo', 'Lucía Ejemplos')).toBe(false);
    expect(bears('Lucía', 'Lucía Ejemplo')).toBe(false);
    expect(bears('', '  ')).toBe(false);
  });

  it('names the one prospect bearing the name, and nobody when none or several bear it', () => {
    expect(uniqueByName(people, 'lucia  EJEMPLO')?.id).toBe('/in/lucia');
    expect(uniqueByName(people, 'Ines Modele')).toBeNull();
    expect(uniqueByName(people, 'Bruno Exemple')).toBeNull();
    expect(uniqueByName(people, '   ')).toBeNull();
    expect(uniqueByName([{ name: '' }], '')).toBeNull();
  });

  it('is blind to case, accents and spacing, whatever the name', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-zàéíóúüñçÀÉÍÓÚÑ' -]{0,30}$/), (name) => {
        const variant = ` ${name.normalize('NFD').toUpperCase().replace(/ /g, ' \t ')}\n`;
        expect(nameKey(variant)).toBe(nameKey(name));
        expect(nameKey(nameKey(name))).toBe(nameKey(name));
        if (nameKey(name) !== '') expect(uniqueByName([{ name }], variant)).not.toBeNull();
      }),
    );
  });
});
