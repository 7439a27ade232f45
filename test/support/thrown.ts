/**
 * The `ScoringError` a call throws; anything else thrown is rethrown, and a call that does not throw fails the test.
 */
import { ScoringError } from '@ombuds/scoring';

export function thrown(call: () => unknown): ScoringError {
  try {
    call();
  } catch (error) {
    if (error instanceof ScoringError) return error;
    throw error;
  }
  throw new Error('expected a ScoringError');
}
