import { minifySync } from 'rolldown/utils';
import { readFileSync } from 'node:fs'; import { gzipSync } from 'node:zlib';
const src = readFileSync('dist/chrome/src/content/main.iife.js', 'utf8');
const variants = {
  'whitespace only': { compress: false, mangle: false, codegen: { removeWhitespace: true } },
  'syntax+whitespace (names kept)': { compress: true, mangle: false, codegen: { removeWhitespace: true } },
  'syntax+names kept, line breaks': { compress: true, mangle: false, codegen: { removeWhitespace: false } },
  'full (mangle)': { compress: true, mangle: true, codegen: { removeWhitespace: true } },
};
console.log('unminified', src.length, gzipSync(src).length);
for (const [k, o] of Object.entries(variants)) { const r = minifySync('a.js', src, o); if (r.errors?.length) console.log(r.errors); console.log(k.padEnd(34), r.code.length, gzipSync(r.code).length); }
