/**
 * Writes docs/rules-by-year.md from the rulesets (`npm run docs:rules`). With `--check`, writes nothing and
 * exits 1 when the committed page is out of date.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderRulesDoc, RULES_DOC_PATH } from './rules-doc.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const target = resolve(root, RULES_DOC_PATH);
const page = renderRulesDoc();

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // missing counts as out of date
  }
  if (current !== page) {
    console.error(`${RULES_DOC_PATH} is out of date; run npm run docs:rules.`);
    process.exit(1);
  }
  console.log(`${RULES_DOC_PATH} is up to date.`);
} else {
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, page);
  console.log(`Wrote ${RULES_DOC_PATH}.`);
}
