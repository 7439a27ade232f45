/**
 * Every exported function, class and constant of the public entry points (`.` and each `rulesets/<year>`) has
 * TSDoc with an `@example`. Read with the TypeScript compiler, as typedoc reads it.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const YEARS = [2015, 2016, 2017, 2018, 2019, 2021, 2022, 2023, 2024, 2025];
const entries = ['src/index.ts', ...YEARS.map((y) => `src/rulesets/${y}.ts`)].map((p) => join(root, p));

const program = ts.createProgram(entries, {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  types: [],
});
const checker = program.getTypeChecker();

/** Exported values (functions, classes, constants) of one entry point without an `@example` tag. */
function valuesWithoutExample(entry: string): { exports: string[]; missing: string[] } {
  const file = program.getSourceFile(entry);
  if (!file) throw new Error(`cannot read ${entry}`);
  const moduleSymbol = checker.getSymbolAtLocation(file);
  if (!moduleSymbol) throw new Error(`${entry} is not a module`);
  const exported: string[] = [];
  const missing: string[] = [];
  for (const symbol of checker.getExportsOfModule(moduleSymbol)) {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    if (!(target.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Class | ts.SymbolFlags.Variable))) continue;
    exported.push(symbol.name);
    const tags = (target.declarations ?? []).flatMap((d) => {
      // A `const x = …` carries its TSDoc on the variable statement.
      const node = ts.isVariableDeclaration(d) ? d.parent.parent : d;
      return ts.getJSDocTags(node).map((t) => t.tagName.text);
    });
    if (!tags.includes('example')) missing.push(symbol.name);
  }
  return { exports: exported, missing };
}

describe.each(entries.map((e) => [e.slice(root.length)]))('%s', (entry) => {
  it('documents every exported value with an @example', () => {
    const { exports, missing } = valuesWithoutExample(join(root, entry));
    expect(exports.length).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });
});
