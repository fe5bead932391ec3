import { createWriteStream, openSync, realpathSync, type Stats, statSync, type WriteStream } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { ErrorCode, NewsgraphError } from '../errors.js';

/** The real path of `path`, or of its folder joined with its name when it does not exist yet. */
function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    try {
      return resolve(realpathSync(dirname(path)), relative(dirname(path), path));
    } catch {
      return resolve(path);
    }
  }
}

/**
 * Opens `ingest --failures FILE` for writing before anything is read or started. Refused with a
 * clear error (and nothing truncated) when FILE is one of the inputs or lies in an input folder —
 * opening it would empty an input, or the run would read its own failures — or cannot be written.
 */
export function openFailuresFile(path: string, inputs: readonly string[]): WriteStream {
  const target = realPath(path);
  for (const input of inputs) {
    if (input === '-' || /^https?:\/\//i.test(input)) continue;
    let stats: Stats;
    try {
      stats = statSync(input);
    } catch {
      continue; // no such input: the run's own check says so
    }
    const source = realPath(input);
    const inside = stats.isDirectory() && !relative(source, target).startsWith('..');
    if (source === target || inside) {
      throw new NewsgraphError(
        ErrorCode.BAD_USER_INPUT,
        `--failures ${path} is ${inside ? 'inside the input folder' : 'the input file'} ${input}; name a file elsewhere`,
      );
    }
  }
  let fd: number;
  try {
    fd = openSync(path, 'w');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'EISDIR'
        ? 'it is a folder'
        : code === 'ENOENT'
          ? 'its folder does not exist'
          : code === 'EACCES'
            ? 'permission denied'
            : (error as Error).message;
    throw new NewsgraphError(ErrorCode.BAD_USER_INPUT, `cannot write --failures file ${path}: ${reason}`);
  }
  return createWriteStream('', { fd });
}
