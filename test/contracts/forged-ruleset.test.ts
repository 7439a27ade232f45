/**
 * Trust in a ruleset is never read from the ruleset. An object carrying the old
 * `Symbol.for` mark is checked like any other object this copy did not validate: structurally, once. A Proxy
 * around a built-in ruleset is either refused with a ScoringError or scored from its validated copy, so its traps
 * never run during scoring.
 */
import { describe, expect, it } from 'vitest';
import { getRuleset, parseRuleset, safeClassify, safeExplain, safeScore, score } from '@ombuds/scoring';
import { thrown } from '../support/thrown.js';

const dims = { competency: '90', standards: '85', opinion: '95', complaints: '80' };
const MARK = Symbol.for('@ombuds/scoring.validated.v1');

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** A copy of the 2023 ruleset with every dimension weight doubled (they sum to 200), carrying the mark. */
function forged(): object {
  const data = JSON.parse(JSON.stringify(getRuleset(2023))) as {
    dimensions: { weight: { value: string } }[];
  };
  for (const d of data.dimensions) d.weight.value = String(Number(d.weight.value) * 2);
  Object.defineProperty(data, MARK, { value: true });
  return deepFreeze(data);
}

describe('a forged validated mark', () => {
  it('is refused: the weights sum to 200, and the score would be 174.88', () => {
    const error = thrown(() => score(forged() as never, { dimensions: dims }));
    expect(error.code).toBe('INVALID_RULESET');
    expect(error.reason).toBe('not-validated');
  });

  it('gives a ScoringError from every safe twin, never a TypeError', () => {
    const marked = Object.freeze(Object.defineProperty({ id: 'x' }, MARK, { value: true }));
    for (const result of [
      safeScore(marked as never, { dimensions: dims }),
      safeClassify(marked as never, '80'),
      safeExplain(marked as never, { dimensions: dims }),
    ]) {
      expect(result.success).toBe(false);
      if (!result.success) expect(result.error.code).toBe('INVALID_RULESET');
    }
  });

  it('an object that passes the structural check scores as its data says, mark or not', () => {
    const data = deepFreeze(JSON.parse(JSON.stringify(getRuleset(2023))) as object);
    expect(score(data as never, { dimensions: dims }).total).toBe('87.44');
    // An unfrozen copy could change after the check: it still needs parseRuleset.
    const loose = JSON.parse(JSON.stringify(getRuleset(2023))) as object;
    expect(thrown(() => score(loose as never, { dimensions: dims })).reason).toBe('not-validated');
    expect(score(parseRuleset(loose), { dimensions: dims }).total).toBe('87.44');
  });

  it('a frozen object with a getter is refused', () => {
    const data = JSON.parse(JSON.stringify(getRuleset(2023))) as Record<string, unknown>;
    const year = data['year'];
    Object.defineProperty(data, 'year', { get: () => year, enumerable: true });
    expect(thrown(() => score(deepFreeze(data) as never, { dimensions: dims })).reason).toBe('not-validated');
  });
});

describe('a Proxy around a built-in ruleset', () => {
  it('whose traps always throw is a ScoringError', () => {
    const proxy = new Proxy(getRuleset(2023), {
      get() {
        throw new RangeError('trap');
      },
      getOwnPropertyDescriptor() {
        throw new RangeError('trap');
      },
      ownKeys() {
        throw new RangeError('trap');
      },
    });
    const result = safeScore(proxy, { dimensions: dims });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.code).toBe('INVALID_RULESET');
  });

  it('whose traps start throwing after the check is scored from the checked copy', () => {
    let armed = false;
    const trap = (): never => {
      throw new RangeError('trap');
    };
    const proxy = new Proxy(getRuleset(2023), {
      get(target, key, receiver) {
        if (armed) trap();
        return Reflect.get(target, key, receiver) as unknown;
      },
      getOwnPropertyDescriptor(target, key) {
        if (armed) trap();
        return Reflect.getOwnPropertyDescriptor(target, key);
      },
    });
    expect(score(proxy, { dimensions: dims }).total).toBe('87.44');
    armed = true;
    expect(score(proxy, { dimensions: dims }).total).toBe('87.44');
    expect(safeExplain(proxy, { dimensions: dims }).success).toBe(true);
  });

  it('a revoked Proxy is a ScoringError', () => {
    const { proxy, revoke } = Proxy.revocable(getRuleset(2023), {});
    revoke();
    const result = safeScore(proxy, { dimensions: dims });
    expect(result.success).toBe(false);
  });
});
