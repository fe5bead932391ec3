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
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new NewsgraphError(
      ErrorCode.BAD_USER_INPUT,
      `${command}: ${message} (see \`newsgraph ${command} --help\`)`,
    );
  }
}
