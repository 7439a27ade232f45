/**
 * Frozen built-ins (SES lockdown-like: Object.freeze on every intrinsic, in a child process).
 * Every call gives a result or a ScoringError, never a raw TypeError. decimal.js, a dependency, cannot load under
 * frozen built-ins (its module assigns over Object.prototype.constructor): the package is then loaded before the
 * freeze, as docs/guides/limits.md says.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const script = fileURLToPath(new URL('./hosts/frozen-intrinsics.mjs', import.meta.url));
const entry = fileURLToPath(new URL('../../src/index.ts', import.meta.url));

interface Line {
  readonly name?: string;
  readonly value?: unknown;
  readonly scoringError?: boolean;
  readonly loaded?: boolean;
  readonly frozen?: boolean;
  readonly error?: string;
}

function run(mode: 'preload' | 'cold'): Line[] {
  const child = spawnSync(process.execPath, ['--import', 'tsx', script, mode, entry], { cwd: root, encoding: 'utf8' });
  expect(child.stderr).toBe('');
  return child.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Line);
}

describe('frozen built-ins', () => {
  // A Node process with tsx: seconds on a loaded machine, so the time limit is generous.
  it('every call gives a result or a ScoringError', { timeout: 120_000 }, () => {
    const lines = run('preload');
    expect(lines[0]).toEqual({ loaded: true, frozen: true });
    const byName = Object.fromEntries(lines.slice(1).map((line) => [line.name, line]));
    expect(byName['score']!.value).toBe('87.44');
    expect(byName['parse']!.value).toBe('ori-2023');
    expect(byName['derive']!.value).toBe('x-2023');
    expect(byName['rank']!.value).toBe('a,b');
    expect(byName['classify']!.value).toBe('merah');
    expect(byName['explain']!.value).toBe('87.4395'); // as in an unfrozen host
    for (const name of ['badNumber', 'badRuleset', 'parseBad', 'deriveBad', 'rankBad']) {
      expect([name, byName[name]!.scoringError]).toEqual([name, true]);
    }
  });

  it('without the package loaded first, decimal.js fails to load (documented in limits.md)', { timeout: 120_000 }, () => {
    const [first] = run('cold');
    expect(first!.loaded).toBe(false);
    expect(first!.error).toMatch(/read only property/);
  });
});
