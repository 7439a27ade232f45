/**
 * Browser parity: the golden vectors and a seeded batch of generated inputs, scored in headless Chromium, give
 * byte-identical JSON to what Node computed for them in the global setup.
 */
import { describe, expect, inject, it } from 'vitest';
import { decodeCases, runCase } from './cases.js';

const groups = inject('parity');

it('runs in a browser, not in Node', () => {
  expect(typeof window).toBe('object');
  expect(navigator.userAgent).toMatch(/Chrome/);
  expect(typeof document.createElement).toBe('function');
});

it('received the golden vectors and a generated batch covering every call and year', () => {
  const names = groups.map((g) => g.name);
  expect(names).toContain('vectors/2023-sumsel.json');
  expect(names).toContain('vectors/errors.json');
  for (const year of [2015, 2016, 2017, 2018, 2019, 2021, 2022, 2023, 2024, 2025]) {
    expect(names).toContain(`generated score ${year}`);
  }
  const outputs = groups.flatMap((g) => g.nodeOutputs);
  expect(outputs.length).toBeGreaterThan(3000);
  // The batch is not trivially all-success or all-error.
  expect(outputs.filter((o) => o.startsWith('{"ok"')).length).toBeGreaterThan(2000);
  expect(outputs.filter((o) => o.startsWith('{"error"')).length).toBeGreaterThan(50);
  expect(outputs.filter((o) => o.startsWith('{"crash"'))).toEqual([]);
});

describe.each(groups)('$name', ({ cases, nodeOutputs }) => {
  it(`gives Node's exact output`, () => {
    const decoded = decodeCases(cases);
    expect(decoded).toHaveLength(nodeOutputs.length);
    const browserOutputs = decoded.map(runCase);
    const firstDiff = browserOutputs.findIndex((out, i) => out !== nodeOutputs[i]);
    if (firstDiff !== -1) {
      // Show the first differing case in full; the whole-array check below then fails with the count.
      expect({ case: decoded[firstDiff], browser: browserOutputs[firstDiff] }).toEqual({
        case: decoded[firstDiff],
        browser: nodeOutputs[firstDiff],
      });
    }
    expect(browserOutputs).toEqual(nodeOutputs);
  });
});
