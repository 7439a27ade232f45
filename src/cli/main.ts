#!/usr/bin/env node
/**
 * The `ombuds-score` executable: {@link run} with the real process streams. See `ombuds-score --help` and
 * docs/guides/cli.md.
 *
 * @module
 */
import { EXIT } from './errors.js';
import { processIo } from './io.js';
import { run } from './run.js';

run(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A bug of ombuds-score: the stack helps to report it.
    process.stderr.write(`ombuds-score: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = EXIT.internal;
  },
);
