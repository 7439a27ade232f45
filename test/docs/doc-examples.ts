/**
 * Reads the code examples of the docs (TSDoc `@example` blocks in src/, TypeScript blocks in the README and
 * the guides) and turns each into a runnable script whose shown results are checked.
 *
 * The convention the docs follow: an expression statement followed by a comment that starts with a value,
 * `score(r, input).total; // '87.44'`, claims that value. Prose may follow the value (`// 'B' (the better
 * grade)`, `// true: unknown key`). `…` in an object or array means "and more": the value is then matched as a
 * subset. A comment that does not start with a value is prose and claims nothing.
 *
 * A Markdown block that cannot run here (it needs a DOM or the network) is marked on the line before its fence
 * with `<!-- example: not run (why) -->`; it is still parsed and transpiled.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';

/** One code example, where it is written, and whether it runs. */
export interface DocExample {
  /** `src/scoring/score.ts:25` or `docs/guides/ranking.md:40`: the line of the opening fence. */
  readonly where: string;
  readonly source: string;
  /** The reason given in `<!-- example: not run (why) -->`, or `null` when the example runs. */
  readonly notRun: string | null;
}

/** A value claimed by a comment. */
export interface Claim {
  /** Which of the blocks given to {@link toRunnable} it is in, and its 1-based line there. */
  readonly block: number;
  readonly line: number;
  readonly expected: unknown;
  /** The comment had `…`: the value is matched as a subset. */
  readonly partial: boolean;
}

/** Examples rewritten to run: imports read from `__modules`, claims reported through `__claim`. */
export interface Runnable {
  readonly javascript: string;
  readonly claims: readonly Claim[];
  /** The module specifiers the examples import. */
  readonly imports: readonly string[];
}

const FENCE = /^```(ts|typescript|js|javascript)\s*$/;
const NOT_RUN = /^<!--\s*example:\s*not run\s*\((.+)\)\s*-->\s*$/;

/** The `@example` blocks of one source file. */
export function tsdocExamples(file: string, relative: string): DocExample[] {
  let inExample = false;
  // The text of each line inside an `@example` tag (from the tag to the next tag or the end of the comment).
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .map((raw) => {
      if (/^\s*\*\s*@example/.test(raw)) inExample = true;
      else if (/^\s*\*\s*@\w+/.test(raw) || raw.includes('*/')) inExample = false;
      return inExample ? raw.replace(/^\s*\* ?/, '') : null;
    });
  return fencedBlocks(lines, relative, () => null);
}

/** The TypeScript and JavaScript blocks of one Markdown file. */
export function markdownExamples(file: string, relative: string): DocExample[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  return fencedBlocks(lines, relative, (fence) => lines[fence - 1]?.match(NOT_RUN)?.[1] ?? null);
}

/**
 * The TypeScript and JavaScript fenced blocks of `lines`; a `null` line is outside the text that may hold
 * examples. `notRunAt` reads the not-run mark of the block whose fence is at a (0-based) line.
 */
function fencedBlocks(
  lines: readonly (string | null)[],
  relative: string,
  notRunAt: (fence: number) => string | null,
): DocExample[] {
  const examples: DocExample[] = [];
  let block: string[] | null = null;
  let fence = 0;
  lines.forEach((line, i) => {
    if (line === null) return;
    if (block === null) {
      if (FENCE.test(line)) {
        block = [];
        fence = i;
      }
    } else if (line.startsWith('```')) {
      examples.push({ where: `${relative}:${fence + 1}`, source: block.join('\n'), notRun: notRunAt(fence) });
      block = null;
    } else {
      block.push(line);
    }
  });
  return examples;
}

/**
 * Rewrites blocks that run one after the other (a guide read from the top) into one script for an async
 * function: each block in a scope nested in the one before, so a later block sees what earlier ones declared
 * and may declare the same names again. `import { a, b as c } from 'x'` becomes
 * `const { a, b: c } = __modules['x']`, and each claimed value `__claim(index, () => (expression))`.
 */
export function toRunnable(blocks: readonly string[]): Runnable {
  const imports: string[] = [];
  const rewritten = blocks.map((block) => withoutImports(block, imports));
  let script = '';
  const starts: number[] = [];
  rewritten.forEach((block, i) => {
    if (i > 0) script += '\n{\n';
    starts.push(script.length === 0 ? 0 : script.split('\n').length - 1);
    script += block;
  });
  script += '\n}'.repeat(Math.max(0, blocks.length - 1));

  const file = ts.createSourceFile('example.ts', script, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const edits: Edit[] = [];
  const claims: Claim[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isExpressionStatement(node)) {
      const comment = trailingComment(script, node.end);
      const claim = comment === null ? null : readClaim(comment);
      if (claim) {
        const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line;
        let block = 0;
        while (block + 1 < starts.length && starts[block + 1]! <= line) block += 1;
        claims.push({ block, line: line - starts[block]! + 1, ...claim });
        edits.push({
          start: node.getStart(file),
          end: node.end,
          text: `__claim(${claims.length - 1}, () => (${node.expression.getText(file)}));`,
        });
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);

  const output = ts.transpileModule(`${applyEdits(script, edits)}\nexport {};\n`, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
    reportDiagnostics: true,
  });
  const errors = (output.diagnostics ?? []).filter((d) => d.category === ts.DiagnosticCategory.Error);
  if (errors.length > 0) {
    throw new Error(errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')).join('\n'));
  }
  return { javascript: output.outputText.replace(/^export \{\};\s*$/m, ''), claims, imports };
}

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function applyEdits(source: string, edits: readonly Edit[]): string {
  let text = source;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
  }
  return text;
}

/** One block with its import declarations turned into reads of `__modules`; adds the specifiers to `imports`. */
function withoutImports(block: string, imports: string[]): string {
  const file = ts.createSourceFile('block.ts', block, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const edits: Edit[] = [];
  for (const statement of file.statements) {
    if (!ts.isImportDeclaration(statement)) continue;
    const specifier = (statement.moduleSpecifier as ts.StringLiteral).text;
    const clause = statement.importClause;
    const from = `__modules[${JSON.stringify(specifier)}]`;
    let text = '';
    if (clause && !clause.isTypeOnly) {
      if (clause.name) throw new Error(`default import from ${specifier}: the package has no default export`);
      const bindings = clause.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) {
        text = `const ${bindings.name.text} = ${from};`;
      } else if (bindings) {
        const names = bindings.elements
          .filter((e) => !e.isTypeOnly)
          .map((e) => (e.propertyName ? `${e.propertyName.text}: ${e.name.text}` : e.name.text));
        if (names.length > 0) text = `const { ${names.join(', ')} } = ${from};`;
      }
      imports.push(specifier);
    }
    edits.push({ start: statement.getStart(file), end: statement.end, text });
  }
  return applyEdits(block, edits);
}

/** The `// …` comment on the same line right after `end`, without the slashes. */
function trailingComment(source: string, end: number): string | null {
  const range = ts.getTrailingCommentRanges(source, end)?.[0];
  if (!range || range.kind !== ts.SyntaxKind.SingleLineCommentTrivia) return null;
  return source.slice(range.pos + 2, range.end).trim();
}

/**
 * The value a comment starts with: the longest prefix that ends where the prose begins (the end, or before
 * ` (`, `: `, ` →`, `, `) and reads as a literal. `…` marks a partial value.
 */
export function readClaim(comment: string): { expected: unknown; partial: boolean } | null {
  const ends = [comment.length];
  for (const match of comment.matchAll(/\s+\(|:\s|\s+→|,\s|\s{2,}/g)) ends.push(match.index);
  for (const end of ends.sort((a, b) => b - a)) {
    const text = comment.slice(0, end).trim();
    // `…` as the last element of an object or array (never inside a string) marks a subset.
    const literal = text.replace(/,\s*…(?=\s*[}\]])/g, '').replace(/([{[])\s*…\s*,?/g, '$1');
    const partial = literal !== text;
    if (literal === '' || !isLiteral(literal)) continue;
    return { expected: new Function(`return (${literal});`)() as unknown, partial };
  }
  return null;
}

/** Whether `text` is a JSON-like literal: strings, numbers, booleans, null, arrays and objects of those. */
function isLiteral(text: string): boolean {
  const file = ts.createSourceFile('claim.ts', `(${text});`, ts.ScriptTarget.ES2022, true);
  const [statement] = file.statements;
  if (file.statements.length !== 1 || !statement || !ts.isExpressionStatement(statement)) return false;
  if (((file as unknown as { parseDiagnostics?: readonly unknown[] }).parseDiagnostics ?? []).length > 0) return false;
  const expression = statement.expression;
  return ts.isParenthesizedExpression(expression) && literalNode(expression.expression);
}

function literalNode(node: ts.Node): boolean {
  switch (node.kind) {
    case ts.SyntaxKind.StringLiteral:
    case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
    case ts.SyntaxKind.NumericLiteral:
    case ts.SyntaxKind.TrueKeyword:
    case ts.SyntaxKind.FalseKeyword:
    case ts.SyntaxKind.NullKeyword:
      return true;
    case ts.SyntaxKind.PrefixUnaryExpression:
      return (node as ts.PrefixUnaryExpression).operator === ts.SyntaxKind.MinusToken &&
        ts.isNumericLiteral((node as ts.PrefixUnaryExpression).operand);
    case ts.SyntaxKind.ArrayLiteralExpression:
      return (node as ts.ArrayLiteralExpression).elements.every(literalNode);
    case ts.SyntaxKind.ObjectLiteralExpression:
      return (node as ts.ObjectLiteralExpression).properties.every(
        (p) => ts.isPropertyAssignment(p) && !ts.isComputedPropertyName(p.name) && literalNode(p.initializer),
      );
    default:
      return false;
  }
}
