// docs/library.schema.json is generated from the schema the importer uses, so the
// documentation cannot drift: this test fails when they differ (UPDATE_SCHEMA=1 rewrites it).
import { readFileSync, writeFileSync } from 'node:fs';
import { toJsonSchema } from '@valibot/to-json-schema';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { LibraryItemSchema, PackSchema, parseJsonItems } from '../../src/domain/library/json-items';

const PATH = 'docs/library.schema.json';

function generate(): string {
  const file = v.object({
    nurture: v.literal('library'),
    version: v.literal(1),
    pack: v.optional(PackSchema),
    items: v.array(LibraryItemSchema),
  });
  const schema = {
    ...toJsonSchema(file, { errorMode: 'ignore' }),
    $id: 'https://nurture-selling.app/schemas/library-v1.json',
    title: 'Nurture content library file, version 1',
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

describe('library file JSON Schema', () => {
  it('is the one generated from the importer schema', () => {
    const generated = generate();
    if (process.env['UPDATE_SCHEMA'] === '1') writeFileSync(PATH, generated);
    expect(readFileSync(PATH, 'utf8')).toBe(generated);
  });

  it('its example file imports without rejections', () => {
    const parsed = parseJsonItems(readFileSync('docs/library-example.json', 'utf8'));
    expect(parsed.rejected).toEqual([]);
    expect(parsed.items.length).toBeGreaterThan(1);
  });

  it('the example pack imports without rejections, its pack read', () => {
    const parsed = parseJsonItems(readFileSync('test/fixtures/packs/cfo-pack.json', 'utf8'));
    expect(parsed.rejected).toEqual([]);
    expect(parsed.pack?.id).toBe('northwind-cfo');
  });
});
