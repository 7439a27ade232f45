/**
 * The data model: ruleset, input and result types.
 *
 * @module
 */
export type * from './provenance.js';
export * from './ruleset.js';
export * from './instrument.js';
export * from './ranking.js';
export type * from './input.js';
export type * from './result.js';
export type * from './plan.js';
