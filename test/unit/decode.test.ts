import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { charsetFromContentType, decodeText } from '../../src/domain/library/decode';

const fixture = (name: string) => new Uint8Array(readFileSync(resolve('test/fixtures/feeds', name)));
const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const concat = (...parts: (Uint8Array | number[])[]) => Uint8Array.from(parts.flatMap((part) => [...part]));
const utf8 = (text: string) => new TextEncoder().encode(text);

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < text.length; i++) view.setUint16(i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}

const PROLOG_1252 = '<?xml version="1.0" encoding="windows-1252"?>';

describe('decodeText', () => {
  it('reads the windows-1252 fixture through its XML prolog: é, ’ and € come out right', () => {
    const text = decodeText(fixture('windows-1252.rss.xml'));
    expect(text).toContain('Vente B2B en région');
    expect(text).toContain('Le prix n’est pas l’objection : 5 000 € de budget');
    expect(text).toContain('dès le premier appel');
    expect(text).not.toMatch(/[\u0080-\u009f\ufffd]/);
  });

  it('maps every windows-1252 byte from 0x80 to 0x9F as browsers do', () => {
    const bytes = concat(
      ascii(PROLOG_1252),
      Array.from({ length: 32 }, (_, i) => 0x80 + i),
    );
    expect(decodeText(bytes).slice(PROLOG_1252.length)).toBe('€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ');
  });

  it('honours ISO-8859-1 and ISO-8859-15 prologs (0xA4 is ¤ in one, € in the other)', () => {
    expect(decodeText(concat(ascii('<?xml version="1.0" encoding="ISO-8859-1"?><t>'), [0xa4, 0xe9]))).toBe(
      '<?xml version="1.0" encoding="ISO-8859-1"?><t>¤é',
    );
    expect(decodeText(concat(ascii("<?xml version='1.0' encoding='iso-8859-15'?><t>"), [0xa4]))).toBe(
      "<?xml version='1.0' encoding='iso-8859-15'?><t>€",
    );
  });

  it('defaults to UTF-8 without BOM, charset or prolog encoding', () => {
    expect(decodeText(utf8('<?xml version="1.0"?><t>Stratégie ’ €</t>'))).toBe('<?xml version="1.0"?><t>Stratégie ’ €</t>');
    expect(decodeText(utf8('{"title":"Négociation"}'))).toBe('{"title":"Négociation"}');
  });

  it('falls back to UTF-8 for an unknown prolog label', () => {
    expect(decodeText(utf8('<?xml version="1.0" encoding="x-made-up"?><t>é</t>'))).toBe(
      '<?xml version="1.0" encoding="x-made-up"?><t>é</t>',
    );
  });

  it('lets a UTF-8 BOM win over the charset argument and the prolog, and drops it', () => {
    const bytes = concat([0xef, 0xbb, 0xbf], utf8(`${PROLOG_1252}<t>é</t>`));
    expect(decodeText(bytes, 'iso-8859-1')).toBe(`${PROLOG_1252}<t>é</t>`);
  });

  it('decodes UTF-16 LE and BE by their BOM', () => {
    const text = '<?xml version="1.0" encoding="UTF-16"?><t>Découverte ’ €</t>';
    expect(decodeText(concat([0xff, 0xfe], utf16(text, true)))).toBe(text);
    expect(decodeText(concat([0xfe, 0xff], utf16(text, false)))).toBe(text);
    // A BOM beats a charset that contradicts it.
    expect(decodeText(concat([0xff, 0xfe], utf16(text, true)), 'utf-8')).toBe(text);
  });

  it('recognises BOM-less UTF-16 XML by its first "<?"', () => {
    const text = '<?xml version="1.0"?><t>Négo</t>';
    expect(decodeText(utf16(text, true))).toBe(text);
    expect(decodeText(utf16(text, false))).toBe(text);
  });

  it('ignores a UTF-16 prolog in a file that is plainly ASCII-compatible', () => {
    expect(decodeText(utf8('<?xml version="1.0" encoding="UTF-16"?><t>é</t>'))).toBe('<?xml version="1.0" encoding="UTF-16"?><t>é</t>');
  });

  it('prefers the charset argument to the prolog', () => {
    const bytes = utf8('<?xml version="1.0" encoding="windows-1252"?><t>é</t>');
    expect(decodeText(bytes, 'utf-8')).toBe('<?xml version="1.0" encoding="windows-1252"?><t>é</t>');
    // ...and the other way round: a Latin-1 header over a UTF-8 prolog.
    const latin = concat(ascii('<?xml version="1.0" encoding="utf-8"?><t>'), [0xe9]);
    expect(decodeText(latin, 'ISO-8859-1')).toBe('<?xml version="1.0" encoding="utf-8"?><t>é');
  });

  it('skips a charset TextDecoder does not know, and uses the prolog instead', () => {
    expect(decodeText(fixture('windows-1252.rss.xml'), 'x-unknown-charset')).toContain('5 000 € de budget');
    expect(decodeText(utf8('<t>é</t>'), 'x-unknown-charset')).toBe('<t>é</t>');
  });

  it('reads bytes that are not valid UTF-8 as windows-1252, as browsers do, instead of U+FFFD', () => {
    expect(decodeText(Uint8Array.from([0x3c, 0x74, 0x3e, 0xff, 0x3c]))).toBe('<t>ÿ<');
    expect(decodeText(Uint8Array.from([0x93, 0x6f, 0x6b, 0x94, 0x20, 0x80]))).toBe('“ok” €');
  });

  it('reads an ISO-8859-1 feed with no prolog and no BOM with its accents intact', () => {
    const text = decodeText(fixture('latin1-no-prolog.rss.xml'));
    expect(text).toContain('Inquérito: como a gestão de leads mudou em São Paulo');
    expect(text).toContain('À espera da próxima edição.');
    expect(text).not.toMatch(/[\u0080-\u009f\ufffd]/);
  });

  it('keeps valid UTF-8 as UTF-8 without a prolog (no false windows-1252 guess)', () => {
    expect(decodeText(utf8('<t>inquérito – São Paulo €</t>'))).toBe('<t>inquérito – São Paulo €</t>');
  });

  it('decodes an empty input to an empty string', () => {
    expect(decodeText(new Uint8Array())).toBe('');
  });
});

describe('charsetFromContentType', () => {
  it('reads the charset parameter, quoted or not, in any case', () => {
    expect(charsetFromContentType('application/rss+xml; charset=ISO-8859-1')).toBe('ISO-8859-1');
    expect(charsetFromContentType('text/xml;charset="windows-1252"')).toBe('windows-1252');
    expect(charsetFromContentType('application/atom+xml; type=feed; Charset=utf-8; foo=bar')).toBe('utf-8');
  });

  it('returns undefined when there is no header or no charset', () => {
    expect(charsetFromContentType(null)).toBeUndefined();
    expect(charsetFromContentType('')).toBeUndefined();
    expect(charsetFromContentType('application/xml')).toBeUndefined();
    expect(charsetFromContentType('text/xml; charset=')).toBeUndefined();
    expect(charsetFromContentType('text/xml; charset=""')).toBeUndefined();
  });

  it('feeds decodeText: the header charset decides', () => {
    const bytes = concat(ascii('<rss>'), [0xe9, 0x92]);
    expect(decodeText(bytes, charsetFromContentType('text/xml; charset=windows-1252'))).toBe('<rss>é’');
  });
});
