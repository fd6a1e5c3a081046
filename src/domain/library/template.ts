// Message templates: captions and the user's own message frames may name the person they go
// to. Pure: the background fills them (it has the records); the pages only show the result.
//
// Grammar (docs/guide.en.md, "Message templates", says it for users):
// - `{firstName}`, `{lastName}`, `{company}`, `{senderFirstName}`: the value, when known.
// - `{firstName|there}`: the value, or "there" when it is unknown; `{firstName|}`: or nothing.
//   Names are read without regard to case and spaces around them (`{ FirstName }`); the
//   fallback is trimmed and may hold anything but braces.
// - `{{firstName}}` (the habit of other tools) reads as `{firstName}`.
// - Anything else in braces (`{`, `{unknown}`, `{{`, `}`) is typed text and stays as typed: a
//   caption may talk about braces. There is no escape for a literal `{firstName}`.
// - A variable that is unknown and has no fallback is "missing": the text is never used with
//   it (the caller refuses the share and names it). In the returned text it is left empty.
// - A variable that comes out empty takes the one space before it along when what follows is a
//   space, a comma, a full stop or the end ("Bonjour {firstName|}, …" -> "Bonjour, …").

export const TEMPLATE_VARIABLES = ['firstName', 'lastName', 'company', 'senderFirstName'] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];
export type TemplateValues = Partial<Record<TemplateVariable, string>>;

/** The longest value put in place of one variable: what the fields it comes from hold. */
export const TEMPLATE_VALUE_MAX = 120;

export type TemplatePart =
  { kind: 'text'; text: string } | { kind: 'variable'; name: TemplateVariable; fallback: string | null; raw: string };

// One token: doubled braces first, so `{{firstName}}` is one token rather than `{` + token + `}`.
const TOKEN = /\{\{\s*([A-Za-z]+)\s*(?:\|([^{}]*))?\}\}|\{\s*([A-Za-z]+)\s*(?:\|([^{}]*))?\}/g;
const BY_LOWER = new Map<string, TemplateVariable>(TEMPLATE_VARIABLES.map((name) => [name.toLowerCase(), name]));

/** The text as typed text and variables, in order. Unknown names are typed text. */
export function parseTemplate(text: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let typed = '';
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    const name = BY_LOWER.get((match[1] ?? match[3] ?? '').toLowerCase());
    if (name === undefined) continue;
    typed += text.slice(last, match.index);
    if (typed) parts.push({ kind: 'text', text: typed });
    typed = '';
    const fallback = match[2] ?? match[4];
    parts.push({ kind: 'variable', name, fallback: fallback === undefined ? null : fallback.trim(), raw: match[0] });
    last = match.index + match[0].length;
  }
  typed += text.slice(last);
  if (typed) parts.push({ kind: 'text', text: typed });
  return parts;
}

/** A value as it may go into a message: one line, no braces (it can never form a variable), bounded. */
function cleanValue(value: string | undefined): string {
  return (value ?? '').replace(/[{}]/g, '').replace(/\s+/g, ' ').trim().slice(0, TEMPLATE_VALUE_MAX).trim();
}

function fillOnce(text: string, values: TemplateValues, missing: Set<TemplateVariable>): string {
  const parts = parseTemplate(text);
  let out = '';
  parts.forEach((part, index) => {
    if (part.kind === 'text') {
      out += part.text;
      return;
    }
    const value = cleanValue(values[part.name]);
    const filled = value || (part.fallback ?? '');
    if (!value && part.fallback === null) missing.add(part.name);
    const next = parts[index + 1];
    // "Bonjour {firstName|}, …" reads "Bonjour, …": the space goes with the empty value.
    if (filled === '' && out.endsWith(' ') && (next === undefined || (next.kind === 'text' && /^[\s,.]/.test(next.text))))
      out = out.slice(0, -1);
    out += filled;
  });
  return out;
}

/**
 * The text with each variable replaced by its value, else its fallback; `missing` lists the
 * variables that had neither (the text must then not be used). Removing an empty value may
 * join typed braces into what reads as a variable (`{first{lastName|}Name}`): filling runs
 * again until none is left. Each run consumes braces and values bring none, so it ends, and
 * the result is at most the text's length plus TEMPLATE_VALUE_MAX per `{` in it.
 */
export function fillTemplate(text: string, values: TemplateValues): { text: string; missing: TemplateVariable[] } {
  const missing = new Set<TemplateVariable>();
  let out = text;
  while (parseTemplate(out).some((part) => part.kind === 'variable')) out = fillOnce(out, values, missing);
  return { text: out, missing: TEMPLATE_VARIABLES.filter((name) => missing.has(name)) };
}
