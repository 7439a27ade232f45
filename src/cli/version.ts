/**
 * The version `ombuds-score --version` prints: the package's, from package.json, inlined by the bundler into
 * dist/cli.js and read from the source by tsx.
 *
 * @module
 */
import pkg from '../../package.json' with { type: 'json' };

/**
 * The package version.
 *
 * @example
 * ```ts
 * VERSION; // '0.1.0'
 * ```
 */
export const VERSION: string = pkg.version;
