/**
 * Parameters shared by several years, each with its RULEBOOK provenance.
 *
 * @module
 */
import type { Rounding, Sourced, RankingPolicy, Ruleset } from '../../model/index.js';
import { markValidated } from '../validated.js';

/** RULEBOOK §6: half-up to 2 decimals, units rounded before their mean. */
export const ROUNDING: Sourced<Rounding> = {
  value: { digits: 2, mode: 'half-up', unitsBeforeMean: true },
  source: ['RULEBOOK §6', 'S28'],
  confidence: 'assumed',
  note: 'Every published total has two decimals; half-up versus truncation is not published (open question 4). Kota Palembang 2025 (S28) reproduces with a mean of rounded unit totals.',
};

/** RULEBOOK §6: ordinal ranks, ties broken by the unrounded total then by id. */
export const RANKING: Sourced<RankingPolicy> = {
  value: { method: 'ordinal', tieBreak: 'exact' },
  source: ['RULEBOOK §6', 'S15'],
  confidence: 'assumed',
  note: 'Published ties get distinct sequential ranks (S15); the official tie-break key is not published.',
};

export const LEGAL_BASIS_22_2016: Sourced<string> = {
  value: 'Peraturan Ombudsman Republik Indonesia Nomor 22 Tahun 2016',
  source: ['RULEBOOK §2', 'S24'],
  confidence: 'single-source',
};

export const NO_DEDUCTIONS: Sourced<boolean> = {
  value: false,
  source: ['RULEBOOK §4.4'],
  confidence: 'confirmed',
  note: 'The substantive variable exists only from 2023.',
};

/**
 * Freezes a built-in ruleset and marks it as valid for scoring. Built-ins are validated against the schema by the
 * test suite (test/rulesets/builtins.test.ts), not at import time: zod stays out of the bundle of a year.
 */
export const defineBuiltIn: (ruleset: Ruleset) => Ruleset = markValidated;
