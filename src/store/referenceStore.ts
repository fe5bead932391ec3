import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { ReferenceRows } from '../ingest/referenceRows.js';
import type { StoreExecutor } from './storeExecutor.js';

const written = z.object({ written: z.number() });
const state = z.object({ checksum: z.string().nullable() });

/** How many rows of each kind a reference load wrote; all zero when the graph was current. */
export interface ReferenceLoadReport {
  loaded: boolean;
  countries: number;
  leaders: number;
  offices: number;
  organizations: number;
  heads: number;
  sanctions: number;
}

const CHUNK = 2_000;

/**
 * Writes the reference data (every country, the office holders and their offices, the
 * organizations and who headed them, the sanction regimes) with MERGE, in one transaction, and
 * records its checksum so a start with unchanged data writes nothing at all.
 */
export async function loadReferenceData(
  executor: StoreExecutor,
  rows: ReferenceRows,
): Promise<ReferenceLoadReport> {
  const checksum = createHash('sha256').update(JSON.stringify(rows)).digest('hex');
  const [current] = await executor.read('reference/state', {}, state);
  if (current?.checksum === checksum) {
    return { loaded: false, countries: 0, leaders: 0, offices: 0, organizations: 0, heads: 0, sanctions: 0 };
  }
  return executor.writeTransaction(async (tx) => {
    const run = async (name: Parameters<typeof tx.run>[0], all: unknown[]): Promise<number> => {
      let total = 0;
      for (let i = 0; i < all.length; i += CHUNK) {
        const [result] = await tx.run(name, { rows: all.slice(i, i + CHUNK) }, written);
        total += result?.written ?? 0;
      }
      return total;
    };
    const report: ReferenceLoadReport = {
      loaded: true,
      countries: await run('reference/countries', rows.countries),
      leaders: await run('reference/leaders', rows.leaders),
      offices: await run('reference/offices', rows.offices),
      organizations: await run('reference/organizations', rows.organizations),
      heads: await run('reference/heads', rows.heads),
      sanctions: await run('ingest/sanctions', rows.sanctions),
    };
    await tx.run('reference/markLoaded', { checksum }, state);
    return report;
  });
}
