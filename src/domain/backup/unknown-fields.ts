// The fields a file holds that its schema does not read. An object schema (v.object) leaves
// them out of what it returns, silently; this names them, so a restore or an import can say
// what it dropped, as the settings say which values they did not take. Pure.
//
// The names are the file's own: gathered in a Set and reported as text, never used as keys.
import type * as v from 'valibot';
import { printable } from '../library/binary';

/** The parts of a valibot schema this walk reads (object entries, wrapped, array items, options). */
interface SchemaNode {
  type: string;
  entries?: Readonly<Record<string, SchemaNode>>;
  wrapped?: SchemaNode;
  item?: SchemaNode;
  options?: readonly SchemaNode[];
}

/** Schemas whose output leaves unknown fields out (a loose object keeps them: nothing dropped). */
const DROPPING = new Set(['object', 'strict_object']);
const WRAPPERS = new Set(['optional', 'exact_optional', 'nullable', 'nullish', 'non_nullable', 'non_nullish', 'non_optional']);

/** How many names a report carries, and how long each may be: a hostile file may hold millions. */
export const REPORTED_FIELDS_MAX = 20;
const NAME_MAX = 60;

const entriesOf = new WeakMap<object, ReadonlyMap<string, SchemaNode>>();
function entryMap(node: SchemaNode): ReadonlyMap<string, SchemaNode> {
  let map = entriesOf.get(node);
  if (!map) entriesOf.set(node, (map = new Map(Object.entries(node.entries ?? {}))));
  return map;
}

const isRecord = (value: unknown): value is object => typeof value === 'object' && value !== null && !Array.isArray(value);

function walk(node: SchemaNode, value: unknown, path: string, found: Set<string>): void {
  if (WRAPPERS.has(node.type) && node.wrapped) return walk(node.wrapped, value, path, found);
  if (node.type === 'array' && node.item && Array.isArray(value)) {
    for (const element of value) walk(node.item, element, path, found);
    return;
  }
  if ((node.type === 'union' || node.type === 'variant') && node.options && isRecord(value)) {
    // The first object option: the unions of the files read here have one (a caption is a string or an object).
    const object = node.options.find((option) => DROPPING.has(option.type) || option.type === 'loose_object');
    if (object) walk(object, value, path, found);
    return;
  }
  if (!isRecord(value) || !(DROPPING.has(node.type) || node.type === 'loose_object')) return;
  const known = entryMap(node);
  for (const [key, inner] of Object.entries(value)) {
    const name = path === '' ? key : `${path}.${key}`;
    const schema = known.get(key);
    if (schema) walk(schema, inner, name, found);
    else if (DROPPING.has(node.type)) found.add(name);
  }
}

/**
 * The paths ("prospects.favouriteColour", "content.captions.tone") of the fields in `value` that
 * `schema` does not know, each once, sorted, at most REPORTED_FIELDS_MAX of them, each printable
 * and short. Elements of a list share a path: what is reported is the kind of field, not where.
 */
export function unknownFields(schema: v.GenericSchema, value: unknown, path = ''): string[] {
  const found = new Set<string>();
  walk(schema as unknown as SchemaNode, value, path, found);
  return [...found]
    .sort()
    .slice(0, REPORTED_FIELDS_MAX)
    .map((name) => printable(name, NAME_MAX));
}
