// The lint rules that keep untrusted text from ever becoming markup or code, or a key of a
// plain object, proved on snippets: if someone removes or weakens one in eslint.config.js (or
// scripts/eslint/untrusted-keys.js), these fail.
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The snippets are linted as files of src/ that do not exist on disk: the project service
// types them with the tsconfig's options (the typed rule against data keys needs the types).
const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfig: {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['src/*/x.ts', 'src/*/x.tsx', 'src/*/*/x.ts', 'src/*/*/x.tsx'],
          defaultProject: 'tsconfig.json',
          maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 32,
        },
      },
    },
  },
});

// The first typed lint loads the whole project (seconds): done once, before any test's clock runs.
beforeAll(async () => {
  await eslint.lintText('export {};\n', { filePath: 'src/domain/x.ts' });
}, 120_000);

/** The rule ids (and messages) ESLint reports for `code` as if it were a file under src/. */
async function problems(code: string, filePath = 'src/popup/x.tsx') {
  const [result] = await eslint.lintText(code, { filePath });
  const messages = result!.messages;
  // A parse error would report nothing useful: the snippet itself must be valid.
  expect(messages.filter((m) => m.fatal)).toEqual([]);
  return messages.filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`);
}

const HOSTILE = 'const untrusted = String(location.hash);\nconst el = document.createElement("div");\n';

describe('the lint rule against strings becoming markup or code', () => {
  it.each([
    ['innerHTML', `${HOSTILE}el.innerHTML = untrusted;\n`, 'no-restricted-properties'],
    ['outerHTML', `${HOSTILE}el.outerHTML = untrusted;\n`, 'no-restricted-properties'],
    ['insertAdjacentHTML', `${HOSTILE}el.insertAdjacentHTML('beforeend', untrusted);\n`, 'no-restricted-properties'],
    [
      'innerHTML read through another object',
      `${HOSTILE}const box = { el };\nbox.el.innerHTML += untrusted;\n`,
      'no-restricted-properties',
    ],
    [
      'dangerouslySetInnerHTML',
      `${HOSTILE}export const X = () => <div dangerouslySetInnerHTML={{ __html: untrusted }} />;\n`,
      'no-restricted-syntax',
    ],
    ['eval', `${HOSTILE}eval(untrusted);\n`, 'no-restricted-syntax'],
    ['new Function', `${HOSTILE}new Function(untrusted)();\n`, 'no-restricted-syntax'],
  ])('reports %s as an error', async (_name, code, rule) => {
    const found = await problems(code);
    expect(
      found.some((line) => line.startsWith(`${rule}:`)),
      found.join('\n'),
    ).toBe(true);
  });

  it.each(['src/background/x.ts', 'src/content/ui/x.tsx', 'src/dashboard/x.tsx', 'src/domain/x.ts'])(
    'applies to every context of the extension (%s)',
    async (filePath) => {
      const found = await problems(`${HOSTILE}el.innerHTML = untrusted;\n`, filePath);
      expect(found.some((line) => line.startsWith('no-restricted-properties:'))).toBe(true);
    },
  );

  it('lets safe code through: text nodes, textContent and JSX text', async () => {
    const code = `${HOSTILE}el.textContent = untrusted;\nel.append(document.createTextNode(untrusted));\nexport const X = () => <p title={untrusted}>{untrusted}</p>;\n`;
    expect(await problems(code)).toEqual([]);
  });
});

describe('the lint rule against data strings as keys of plain objects (issue 24)', () => {
  // What the data may hold: a persona, a content id, a tag, a header, a week, from a file.
  const DATA = 'declare const key: string;\ndeclare const value: number;\n';

  it.each([
    [
      'the count that broke the worker: cells[key] ??= …',
      `${DATA}const cells: Record<string, [number, number]> = {};\nconst pair = (cells[key] ??= [0, 0]);\npair[0]++;\n`,
    ],
    ['a count: counts[key]++', `${DATA}const counts: { [name: string]: number } = {};\ncounts[key]++;\n`],
    ['an index: index[key] = value', `${DATA}const index: Record<string, number> = {};\nindex[key] = value;\n`],
    ['a read: titles[key] ?? key', `${DATA}declare const titles: Record<string, string>;\nexport const title = titles[key] ?? key;\n`],
    ['a delete: delete index[key]', `${DATA}declare const index: Record<string, number>;\ndelete index[key];\n`],
    [
      'a lookup built by Object.fromEntries',
      `${DATA}const titles = Object.fromEntries([['a', 'A']]);\nexport const title = titles[key];\n`,
    ],
    [
      'a key made of the data: index[`${key}`]',
      `${DATA}declare const index: Record<string, number>;\nexport const found = index[\`\${key}\`];\n`,
    ],
    ['a key whose constraint is string', `export const read = <K extends string>(index: Record<string, number>, key: K) => index[key];\n`],
    ['a key of type any', `declare const key: any;\ndeclare const index: Record<string, number>;\nexport const found = index[key];\n`],
    ['membership: key in index', `${DATA}declare const index: Record<string, number>;\nexport const known = key in index;\n`],
  ])('reports %s', async (_name, code) => {
    const found = await problems(code, 'src/domain/x.ts');
    expect(
      found.some((line) => line.startsWith('nurture/no-untrusted-keys:')),
      found.join('\n'),
    ).toBe(true);
  });

  it.each(['src/background/x.ts', 'src/content/x.ts', 'src/dashboard/x.tsx', 'src/popup/x.tsx', 'src/domain/library/x.ts'])(
    'applies to every context of the extension (%s)',
    async (filePath) => {
      const found = await problems(`${DATA}const counts: Record<string, number> = {};\ncounts[key] = value;\n`, filePath);
      expect(
        found.some((line) => line.startsWith('nurture/no-untrusted-keys:')),
        found.join('\n'),
      ).toBe(true);
    },
  );

  it('lets safe code through: Maps, arrays, closed vocabularies, keys of a fixed shape, literal `in`', async () => {
    const code = [
      DATA,
      'const counts = new Map<string, number>();\ncounts.set(key, (counts.get(key) ?? 0) + 1);\n',
      'const list: number[] = [];\ndeclare const i: number;\nlist[i] = value;\nlist[i]!++;\n',
      "type Stage = 'awareness' | 'purchase';\ndeclare const stage: Stage;\nconst LABELS: Record<Stage, string> = { awareness: 'A', purchase: 'P' };\nexport const label = LABELS[stage];\n",
      'declare const tabId: number;\ndeclare const stored: Record<string, unknown>;\nconst healthKey = (id: number): `health:${number}` => `health:${id}`;\nexport const health = stored[healthKey(tabId)];\n',
      "declare const raw: object;\nexport const typed = 'type' in raw;\n",
      'declare const text: string;\nexport const first = text[value];\n',
    ].join('');
    expect(await problems(code, 'src/domain/x.ts')).toEqual([]);
  });

  it('is on, with the types it needs, for the code that counts per person', async () => {
    // The repository's own configuration, without this file's override.
    const config = (await new ESLint({ cwd: process.cwd() }).calculateConfigForFile('src/domain/insights/metrics-cells.ts')) as {
      rules?: Record<string, unknown>;
      languageOptions?: { parserOptions?: { projectService?: unknown } };
    };
    expect(config.rules?.['nurture/no-untrusted-keys']).toEqual([2]);
    expect(config.languageOptions?.parserOptions?.projectService).toBeTruthy();
  });

  it('says so when it has no types, instead of passing everything', async () => {
    const untyped = new ESLint({
      cwd: process.cwd(),
      overrideConfig: { files: ['src/**/*.{ts,tsx}'], languageOptions: { parserOptions: { projectService: false, project: null } } },
    });
    const [result] = await untyped.lintText('export const x = 1;\n', { filePath: 'src/domain/x.ts' });
    expect(result!.messages.map((m) => m.ruleId)).toContain('nurture/no-untrusted-keys');
  });
});

describe('the walls of the house (scripts/eslint/import-boundaries.js)', () => {
  const wall = (found: string[]) => found.filter((line) => line.startsWith('house/import-boundaries:'));

  it.each([
    ['the content script importing the background', 'src/content/x.ts', "import { open } from '../background/db';\nvoid open;\n"],
    [
      'the content script importing the polyfill',
      'src/content/linkedin/x.ts',
      "import browser from 'webextension-polyfill';\nvoid browser;\n",
    ],
    [
      'a page importing the background',
      'src/dashboard/x.tsx',
      "import { createRouter } from '../background/router';\nvoid createRouter;\n",
    ],
    ['a shared UI module importing the content script', 'src/ui/x.tsx', "import { boot } from '../content/boot';\nvoid boot;\n"],
    ['the domain importing the contract', 'src/domain/library/x.ts', "import { REQUESTS } from '../../contract';\nvoid REQUESTS;\n"],
    ['the domain importing the polyfill', 'src/domain/x.ts', "import browser from 'webextension-polyfill';\nvoid browser;\n"],
    ['the domain importing the i18n API wrapper', 'src/domain/x.ts', "import { t } from '../i18n/i18n';\nvoid t;\n"],
    ['the contract importing the background', 'src/contract/x.ts', "export { createRouter } from '../background/router';\n"],
    ['the background importing a page', 'src/background/x.ts', "import { Popup } from '../popup/Popup';\nvoid Popup;\n"],
  ])('reports %s', async (_name, filePath, code) => {
    expect(wall(await problems(code, filePath))).toHaveLength(1);
  });

  it('tells a folder of the content script from a page folder of the same name', async () => {
    // src/content/features/x.ts importing src/content/ui: inside the content script.
    expect(wall(await problems("import { mount } from '../ui/single-mount';\nvoid mount;\n", 'src/content/features/x.ts'))).toEqual([]);
  });

  it('lets each context import what lies below it', async () => {
    const cases: [string, string][] = [
      [
        'src/content/x.ts',
        "import { request } from '../contract/request-via';\nimport { t } from '../i18n/translate';\nvoid request; void t;\n",
      ],
      [
        'src/dashboard/x.tsx',
        "import { request } from '../contract/client';\nimport { STAGES } from '../domain/model';\nvoid request; void STAGES;\n",
      ],
      [
        'src/background/x.ts',
        "import { REQUESTS } from '../contract';\nimport { median } from '../domain/insights/metrics';\nvoid REQUESTS; void median;\n",
      ],
      ['src/contract/x.ts', "import { STAGES } from '../domain/model';\nvoid STAGES;\n"],
    ];
    for (const [filePath, code] of cases) expect(wall(await problems(code, filePath)), filePath).toEqual([]);
  });

  it('keeps browser globals out of the domain', async () => {
    const found = await problems('export const where = () => document.title;\n', 'src/domain/x.ts');
    expect(found.some((line) => line.startsWith('no-restricted-globals:'))).toBe(true);
  });
});
