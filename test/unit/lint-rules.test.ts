// The lint rule that keeps untrusted text from ever becoming markup or code, proved on
// snippets: if someone removes or weakens it in eslint.config.js, these fail.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

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
    ['innerHTML read through another object', `${HOSTILE}const box = { el };\nbox.el.innerHTML += untrusted;\n`, 'no-restricted-properties'],
    ['dangerouslySetInnerHTML', `${HOSTILE}export const X = () => <div dangerouslySetInnerHTML={{ __html: untrusted }} />;\n`, 'no-restricted-syntax'],
    ['eval', `${HOSTILE}eval(untrusted);\n`, 'no-restricted-syntax'],
    ['new Function', `${HOSTILE}new Function(untrusted)();\n`, 'no-restricted-syntax'],
  ])('reports %s as an error', async (_name, code, rule) => {
    const found = await problems(code);
    expect(found.some((line) => line.startsWith(`${rule}:`)), found.join('\n')).toBe(true);
  });

  it.each(['src/background/x.ts', 'src/content/ui/x.tsx', 'src/dashboard/x.tsx', 'src/shared/x.ts'])('applies to every context of the extension (%s)', async (filePath) => {
    const found = await problems(`${HOSTILE}el.innerHTML = untrusted;\n`, filePath);
    expect(found.some((line) => line.startsWith('no-restricted-properties:'))).toBe(true);
  });

  it('lets safe code through: text nodes, textContent and JSX text', async () => {
    const code = `${HOSTILE}el.textContent = untrusted;\nel.append(document.createTextNode(untrusted));\nexport const X = () => <p title={untrusted}>{untrusted}</p>;\n`;
    expect(await problems(code)).toEqual([]);
  });
});
