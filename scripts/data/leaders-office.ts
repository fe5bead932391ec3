import type { LeaderRole } from './leaders-schema.js';

/** One tenure before people are merged: the unit every cleaning step works on. */
export interface RawOffice {
  /** The person's QID, or null for a curated or PLAD holder without one. */
  qid: string | null;
  /** English display name (already corrected). */
  name: string;
  country: string;
  role: LeaderRole;
  since: string;
  until: string | null;
  source: 'wikidata' | 'curated' | 'plad';
  /** Set when the title is known from the row itself (curated groups, governors). */
  title?: string;
  /** Set when a curated correction gave the end (an open end included): no successor closes it. */
  untilCurated?: boolean;
}

/** Lines for the build report, by section; printed and written next to the data. */
export type Report = Map<string, string[]>;

export function note(report: Report, section: string, line: string): void {
  const lines = report.get(section) ?? [];
  lines.push(line);
  report.set(section, lines);
}

/** `date` moved by `days` days, as YYYY-MM-DD. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** True when two tenures share at least one day (open ends run to `today`). */
export function overlaps(
  a: { since: string; until: string | null },
  b: { since: string; until: string | null },
  today: string,
): boolean {
  return a.since < (b.until ?? today) && b.since < (a.until ?? today);
}

export function describe(o: RawOffice): string {
  return `${o.country} ${o.role}: ${o.name} (${o.qid ?? 'no QID'}) ${o.since} – ${o.until ?? 'open'}`;
}
