import { type ParseArgsConfig, parseArgs } from 'node:util';
import { ErrorCode, NewsgraphError } from '../errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** `node:util` parseArgs, with its errors turned into one-line BAD_USER_INPUT errors. */
export function parseCommandArgs<O extends Options>(
  command: string,
  argv: string[],
  options: O,
  allowPositionals: boolean,
) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (error) {
    // Node's advice comes on further lines ("use '--batch-size=-XYZ'"): kept, on one line. The
    // CLI already names the command before the message.
    const message = error instanceof Error ? error.message.split('\n').join(' ') : String(error);
    throw new NewsgraphError(ErrorCode.BAD_USER_INPUT, `${message} (see \`newsgraph ${command} --help\`)`);
  }
}
