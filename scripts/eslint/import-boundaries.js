// The house's walls (docs/development.md, "Architecture"): which folder of src/ may import which.
// The import is resolved against the importing file's own folder, so `./ui/Picker` inside the
// content script and `../ui/labels` from a page are told apart (a pattern on the text of the
// specifier cannot do that); packages are matched by name.
import { dirname, relative, resolve, sep } from 'node:path';

const PAGES = ['src/dashboard', 'src/popup', 'src/panel', 'src/ui'];

/** Each folder and what it must not import: another context, or the browser's API. */
export const WALLS = [
  {
    folder: 'src/domain',
    not: ['src/background', 'src/content', 'src/contract', 'src/features', 'src/platform', 'src/i18n/i18n.ts', ...PAGES],
    packages: ['webextension-polyfill'],
    why: 'the domain is pure logic: no context, no contract, no browser API (take what it needs as an argument)',
  },
  {
    folder: 'src/contract',
    not: ['src/background', 'src/content', 'src/features', ...PAGES],
    packages: [],
    why: 'the contract is what every context shares: it imports none of them',
  },
  {
    folder: 'src/content',
    not: ['src/background', ...PAGES],
    packages: ['webextension-polyfill'],
    why: 'the content script reaches the background by requests only, draws with its own UI, and leaves the polyfill out (src/content/extension-api.ts)',
  },
  {
    folder: PAGES,
    not: ['src/background', 'src/content'],
    packages: [],
    why: 'an extension page reaches the background by requests and a LinkedIn tab by its messages',
  },
  {
    folder: 'src/background',
    not: ['src/content', ...PAGES],
    packages: [],
    why: 'the background serves the pages and the content script: it imports none of them',
  },
];

const inside = (path, folder) => path === folder || path === folder.replace(/\.tsx?$/, '') || path.startsWith(`${folder}/`);

export default {
  rules: {
    'import-boundaries': {
      meta: {
        type: 'problem',
        schema: [],
        messages: { wall: '{{file}} must not import {{target}}: {{why}}.' },
      },
      create(context) {
        const root = context.cwd;
        const file = relative(root, context.filename).split(sep).join('/');
        const wall = WALLS.find((each) => [each.folder].flat().some((folder) => inside(file, folder)));
        if (!wall) return {};
        const check = (node, specifier) => {
          if (typeof specifier !== 'string') return;
          let target = null;
          if (specifier.startsWith('.')) {
            const path = relative(root, resolve(dirname(context.filename), specifier))
              .split(sep)
              .join('/');
            if (wall.not.some((folder) => inside(path, folder))) target = path;
          } else if (wall.packages.includes(specifier)) target = specifier;
          if (target !== null) context.report({ node, messageId: 'wall', data: { file, target, why: wall.why } });
        };
        return {
          ImportDeclaration: (node) => check(node, node.source.value),
          ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
          ExportAllDeclaration: (node) => check(node, node.source.value),
          ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
        };
      },
    },
  },
};
