import type { CliIo } from '../../src/cli/run.js';
import { run } from '../../src/cli/run.js';

/** A file's content: text (written as UTF-8) or bytes as they are. */
export type FileContent = string | Uint8Array;

const bytes = (content: FileContent): Uint8Array => (typeof content === 'string' ? new TextEncoder().encode(content) : content);

/** Runs the CLI in-process against in-memory files and stdin. */
export async function runCli(
  argv: readonly string[],
  files: Readonly<Record<string, FileContent>> = {},
  stdin: FileContent = '',
): Promise<{ code: number; stdout: string; stderr: string; written: Record<string, Uint8Array> }> {
  const written: Record<string, Uint8Array> = {};
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    readFile: async (path) => {
      const content = files[path];
      if (content === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return bytes(content);
    },
    writeFile: async (path, content) => {
      written[path] = content;
    },
    readStdin: async () => bytes(stdin),
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  };
  const code = await run(argv, io);
  return { code, stdout, stderr, written };
}
