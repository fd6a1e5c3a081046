import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fillTemplate,
  parseTemplate,
  TEMPLATE_VALUE_MAX,
  TEMPLATE_VARIABLES,
  type TemplateValues,
} from '../../src/domain/library/template';

const ada: TemplateValues = { firstName: 'Ada', lastName: 'Sample', company: 'Example Industries', senderFirstName: 'Ana' };

describe('fillTemplate', () => {
  it('fills each variable, and its fallback when the value is unknown', () => {
    expect(fillTemplate('Hi {firstName}, from {senderFirstName} ({company}, {lastName})', ada)).toEqual({
      text: 'Hi Ada, from Ana (Example Industries, Sample)',
      missing: [],
    });
    expect(fillTemplate('Hi {firstName|there}, how is {company|your team}?', {})).toEqual({
      text: 'Hi there, how is your team?',
      missing: [],
    });
    expect(fillTemplate('Hi {firstName|there}', { firstName: '  ' }).text).toBe('Hi there');
  });

  it('lists what is unknown and has no fallback, once each, and leaves it empty', () => {
    expect(fillTemplate('{company} and {company}, {firstName}', { firstName: 'Ada' })).toEqual({ text: ' and, Ada', missing: ['company'] });
    expect(fillTemplate('{senderFirstName}: {lastName}', {}).missing).toEqual(['lastName', 'senderFirstName']);
  });

  it('an empty value takes the space before it along before a comma, a full stop, a space or the end', () => {
    expect(fillTemplate("Bonjour {firstName|}, j'ai pensé à vous en lisant ceci :", {}).text).toBe(
      "Bonjour, j'ai pensé à vous en lisant ceci :",
    );
    expect(fillTemplate('Thanks {firstName|}.', {}).text).toBe('Thanks.');
    expect(fillTemplate('Hi {firstName|} there', {}).text).toBe('Hi there');
    expect(fillTemplate('Hi {firstName|}', {}).text).toBe('Hi');
    // Before other text the space stays: the value was simply empty.
    expect(fillTemplate('Dear {firstName|}:', {}).text).toBe('Dear :');
  });

  it('reads names without regard to case or spaces, and doubled braces as one variable', () => {
    expect(fillTemplate('{ FirstName } {FIRSTNAME|x} {{firstName}} {{ company | them }}', ada).text).toBe('Ada Ada Ada Example Industries');
    expect(fillTemplate('{{company | them }}', {}).text).toBe('them');
  });

  it('keeps malformed and unknown braces as typed text', () => {
    for (const text of [
      '{',
      '}',
      '{}',
      '{unknown}',
      '{unknown|x}',
      '{{',
      '}}',
      '{first name}',
      '{firstName',
      'firstName}',
      '{{unknown}}',
      'a { b } c',
      '{firstName|a{b}',
    ]) {
      const { text: out, missing } = fillTemplate(text, ada);
      expect(out, text).toBe(text);
      expect(missing).toEqual([]);
    }
    expect(fillTemplate('{{firstName}', ada).text).toBe('{Ada');
    expect(fillTemplate('{firstName}}', ada).text).toBe('Ada}');
  });

  it('a value never brings braces, a line break, or more than the maximum', () => {
    expect(fillTemplate('{company}', { company: '{firstName}\nCorp' }).text).toBe('firstName Corp');
    expect(fillTemplate('{company}', { company: 'x'.repeat(500) }).text).toHaveLength(TEMPLATE_VALUE_MAX);
  });

  it('runs again when removing an empty value joins typed braces into a variable', () => {
    expect(fillTemplate('{first{lastName|}Name}', { firstName: 'Ada' })).toEqual({ text: 'Ada', missing: [] });
    expect(fillTemplate('{first{lastName|}Name}', {})).toEqual({ text: '', missing: ['firstName'] });
  });

  it('parses into typed text and variables, unknown names as typed text', () => {
    expect(parseTemplate('Hi {firstName|there}!')).toEqual([
      { kind: 'text', text: 'Hi ' },
      { kind: 'variable', name: 'firstName', fallback: 'there', raw: '{firstName|there}' },
      { kind: 'text', text: '!' },
    ]);
    expect(parseTemplate('{company} {unknown} {firstName|}').map((part) => (part.kind === 'variable' ? part.name : part.text))).toEqual([
      'company',
      ' {unknown} ',
      'firstName',
    ]);
  });
});

// Text made of pieces that look like the grammar, so the properties meet its corners.
const piece = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.constantFrom('{', '}', '{{', '}}', '|', ' ', ',', '.', '\n'),
  fc.constantFrom(...TEMPLATE_VARIABLES, 'FirstName', 'unknown', 'first', 'Name'),
  fc.constantFrom(...TEMPLATE_VARIABLES).map((name) => `{${name}}`),
  fc.tuple(fc.constantFrom(...TEMPLATE_VARIABLES), fc.string({ maxLength: 8 })).map(([name, fallback]) => `{${name}|${fallback}}`),
);
const template = fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join(''));
const value = fc.oneof(fc.constant(undefined), fc.string({ maxLength: 200 }), fc.constantFrom('{firstName}', '{', '}', 'Ada'));
const values = fc.record(
  { firstName: value, lastName: value, company: value, senderFirstName: value },
  { requiredKeys: [] },
) as fc.Arbitrary<TemplateValues>;
// A variable as the user writes it: `{firstName}`, `{ company | x }` (a brace inside ends it).
const KNOWN = new RegExp(`\\{\\s*(${TEMPLATE_VARIABLES.join('|')})\\s*(\\|[^{}]*)?\\}`, 'i');

describe('fillTemplate, for any text and values', () => {
  it('never leaves a known variable in the text', () => {
    fc.assert(
      fc.property(template, values, (text, given) => {
        const out = fillTemplate(text, given).text;
        expect(out).not.toMatch(KNOWN);
        expect(parseTemplate(out).every((part) => part.kind === 'text')).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('is bounded: the text plus at most one value per brace', () => {
    fc.assert(
      fc.property(template, values, (text, given) => {
        const braces = [...text].filter((char) => char === '{').length;
        expect(fillTemplate(text, given).text.length).toBeLessThanOrEqual(text.length + braces * TEMPLATE_VALUE_MAX);
      }),
      { numRuns: 500 },
    );
  });

  it('misses nothing when every value is known, and leaves text without variables unchanged', () => {
    fc.assert(
      fc.property(template, (text) => {
        expect(fillTemplate(text, ada).missing).toEqual([]);
        expect(fillTemplate(text.replace(/[{}]/g, ''), {}).text).toBe(text.replace(/[{}]/g, ''));
      }),
      { numRuns: 300 },
    );
  });

  it('lists as missing only variables the text uses without a fallback', () => {
    fc.assert(
      fc.property(template, values, (text, given) => {
        const { missing } = fillTemplate(text, given);
        for (const name of missing) expect((given[name] ?? '').replace(/[{}]/g, '').trim()).toBe('');
      }),
      { numRuns: 300 },
    );
  });
});
