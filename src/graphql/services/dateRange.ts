import { ErrorCode, NewsgraphError } from '../../errors.js';

/**
 * Refuses a date range whose start is after its end: it can match nothing, and an empty answer
 * would read as "nothing happened" rather than as the mistake it is. Either end may be absent.
 * The values are dates or date-times the schema's scalars have already checked.
 */
export function assertOrderedRange(
  fromName: string,
  from: string | null | undefined,
  toName: string,
  to: string | null | undefined,
): void {
  if (from == null || to == null) return;
  const start = Date.parse(from);
  const end = Date.parse(to);
  if (!Number.isNaN(start) && !Number.isNaN(end) && start > end) {
    throw new NewsgraphError(ErrorCode.BAD_USER_INPUT, `${fromName} (${from}) is after ${toName} (${to})`);
  }
}
