import type { CliIo } from '../../src/cli/run.js';
import { run } from '../../src/cli/run.js';

/** Runs the CLI in-process against in-memory files and stdin. */
export async function runCli(
  argv: readonly string[],
  files: Readonly<Record<string, string>> = {},
  stdin = '',
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    readFile: async (path) => {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return text;
    },
    readStdin: async () => stdin,
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}
