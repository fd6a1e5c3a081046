// A local ESLint rule: no open string is ever a key of a plain object (issue 24).
//
// Why a typed rule and not a syntax selector: the unsafe form is not one shape of code. The bug
// it was written for is `cells[key] ??= [0, 0]` (a persona "__proto__" hands back
// Object.prototype and the next line writes Object.prototype[0]); the same hole is `obj[key]++`,
// `obj[key] = v`, `delete obj[key]`, a read `titles[id]` ("constructor" finds Object's
// constructor and the page renders a function), or `key in obj` ("toString" is "in" every
// object). Syntax alone cannot tell those from `slots[doc.slot]` on an array or
// `LABELS[stage]` keyed by a closed vocabulary, so a selector either misses reads or flags every
// array write. The types can tell: the rule fires when the key's type is an open string
// (`string`, a template literal with a `string` hole, a type parameter constrained to one, or
// `any`) and the object is not an array, a tuple or a string. Keys of a closed union of literals
// (`keyof Settings`, `Stage`) pass: the schemas guarantee the data holds only those values.
// The fix is a Map (a Set for membership), or an array of [key, value] pairs across a message.
import ts from 'typescript';

/** Every name Object.prototype answers to: what a key of a plain object must never be able to be. */
const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype);

/**
 * Whether a value of `type` may be one of those names: `string`, `any`, a template literal with
 * a `string` hole and no fixed part to rule them out, a type parameter whose constraint may be.
 * `` `health:${number}` `` or `Stage` may not.
 */
function mayNameThePrototype(checker, type) {
  if (type.flags & ts.TypeFlags.Any) return true;
  const constraint = type.flags & ts.TypeFlags.Instantiable ? checker.getBaseConstraintOfType(type) : type;
  if (constraint === undefined) return true;
  return PROTOTYPE_NAMES.some((name) => checker.isTypeAssignableTo(checker.getStringLiteralType(name), constraint));
}

/** Whether indexing `type` by a string cannot reach Object.prototype: arrays, tuples, strings. */
function isListOrString(checker, type) {
  if (type.isUnion()) return type.types.every((part) => isListOrString(checker, part));
  if (type.flags & ts.TypeFlags.StringLike) return true;
  return checker.isArrayType(type) || checker.isTupleType(type);
}

const MESSAGE = {
  member:
    'A data string as a key of a plain object reaches Object.prototype ("__proto__", "constructor", "toString"…): use a Map (or an array of [key, value] pairs across a message).',
  in: '`key in object` with a data string is true for "toString", "constructor"…: use a Set or a Map, or Object.hasOwn.',
  noTypes: 'nurture/no-untrusted-keys needs type information (parserOptions.projectService): without it, it would check nothing.',
};

export const noUntrustedKeys = {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid open strings as keys of plain objects (prototype pollution and prototype reads).' },
    messages: MESSAGE,
    schema: [],
  },
  create(context) {
    const services = context.sourceCode.parserServices;
    // Without the types the rule could tell nothing apart: say so rather than pass everything.
    if (!services?.program || !services.esTreeNodeToTSNodeMap) return { Program: (node) => context.report({ node, messageId: 'noTypes' }) };
    const checker = services.program.getTypeChecker();
    const typeOf = (node) => checker.getTypeAtLocation(services.esTreeNodeToTSNodeMap.get(node));
    return {
      MemberExpression(node) {
        if (!node.computed || node.property.type === 'Literal') return;
        if (!mayNameThePrototype(checker, typeOf(node.property))) return;
        const object = checker.getApparentType(typeOf(node.object));
        if (isListOrString(checker, object)) return;
        context.report({ node, messageId: 'member' });
      },
      BinaryExpression(node) {
        if (node.operator !== 'in' || node.left.type === 'PrivateIdentifier') return;
        if (mayNameThePrototype(checker, typeOf(node.left))) context.report({ node, messageId: 'in' });
      },
    };
  },
};

export default { rules: { 'no-untrusted-keys': noUntrustedKeys } };
