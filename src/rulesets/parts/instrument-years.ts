/**
 * The instrument of each year that has one (RULEBOOK §4.3): 2022, and 2023 (reused by 2024).
 *
 * @module
 */
import type { DimensionId, Variable } from '../../model/index.js';
import { INPUT_2022, INPUT_2023 } from './instrument-input.js';
import { COMPLAINTS, OUTPUT, PROCESS } from './instrument-others.js';

type Instrument = Readonly<Record<Exclude<DimensionId, 'trust'>, readonly Variable[]>>;

/** 2022: Input 5 + 8 indicators. */
export const INSTRUMENT_2022: Instrument = {
  competency: INPUT_2022,
  standards: PROCESS,
  opinion: OUTPUT,
  complaints: COMPLAINTS,
};

/** 2023: Input 6 + 9 indicators. 2024 has the same structure (RULEBOOK §2, S84) and reuses it. */
export const INSTRUMENT_2023: Instrument = {
  competency: INPUT_2023,
  standards: PROCESS,
  opinion: OUTPUT,
  complaints: COMPLAINTS,
};
