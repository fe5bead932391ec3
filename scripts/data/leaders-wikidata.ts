import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Curated } from './leaders-curated.js';
import { addDays, describe, note, overlaps, type RawOffice, type Report } from './leaders-office.js';
import type { LeaderRole } from './leaders-schema.js';

interface WikidataRow {
  iso3: string;
  country: string;
  role: string;
  person: string;
  person_qid: string;
  start: string;
  end: string;
}

const ROLE_OF: Readonly<Record<string, LeaderRole>> = {
  head_of_state: 'head of state',
  head_of_government: 'head of government',
};

/**
 * Tenures before this are not needed: the data covers office holders from 1945 on, so that
 * archive stories and retrospectives ("Nobusuke Kishi's grandson") find the post-war leaders.
 */
export const SCOPE_START = '1945-01-01';
/** From this day on the data is complete and cross-checked (PLAD); the ids were made when it began here. */
export const MODERN_START = '1990-01-01';
// Nobody in office after 1990 took office before 1940 (the longest, Bhumibol, began in 1946);
// an earlier start on a row reaching past 1990 is a fictional or mis-dated person.
const EARLIEST_PLAUSIBLE_START = '1940-01-01';
// Rows ending before MODERN_START may start this early (Salazar from 1932, Hirohito from 1926).
const EARLIEST_START = '1900-01-01';
// Offices held by several people at once, where a later start does not end an earlier tenure.
const SHARED_OFFICES = new Set(['AND', 'SMR', 'BIH', 'CHE']);
// The Wikidata monarchs of the Commonwealth realms; other heads of state listed beside them are
// their governors(-general), kept with that title rather than as rival heads of state.
const REALM_MONARCHS = new Set(['Q9682', 'Q43274']);

function isoDay(value: string): string | null | 'blank' | 'malformed' {
  if (value === '') return null;
  if (value.startsWith('http')) return 'blank';
  // BCE and year-zero dates ("-0659-…", "+0000-00-00") are far out of scope; they sort first.
  if (value.startsWith('-') || value.startsWith('+0000')) return '0000-01-01';
  const m = /^(\d{4}-\d{2}-\d{2})T/.exec(value);
  if (m?.[1] === undefined) return 'malformed';
  return m[1];
}

function matches(
  rule: {
    qid: string;
    country?: string | undefined;
    role?: LeaderRole | undefined;
    start?: string | undefined;
  },
  o: RawOffice,
  start: string,
): boolean {
  return (
    rule.qid === o.qid &&
    (rule.country === undefined || rule.country === o.country) &&
    (rule.role === undefined || rule.role === o.role) &&
    (rule.start === undefined || rule.start === start)
  );
}

/**
 * Reads `leaders_history.csv` and cleans it: drops undated, blank-node, QID-labelled,
 * implausible and curated-out rows; applies the curated corrections and English names; marks
 * governors; closes open tenures a successor ended.
 */
export function readWikidata(path: string, curated: Curated, today: string, report: Report): RawOffice[] {
  const rows = parse(readFileSync(path), { columns: true, skip_empty_lines: true }) as WikidataRow[];
  const kept: RawOffice[] = [];
  const usedRemovals = new Set<number>();
  const usedCorrections = new Set<number>();
  for (const row of rows) {
    const role = ROLE_OF[row.role];
    if (role === undefined) throw new Error(`Unknown role "${row.role}" in ${path}`);
    const start = isoDay(row.start);
    const end = isoDay(row.end);
    if (start === null) {
      note(report, 'dropped: no start date', `${row.iso3} ${role}: ${row.person} (${row.person_qid})`);
      continue;
    }
    if (start === 'blank') {
      note(report, 'dropped: blank-node start', `${row.iso3} ${role}: ${row.person} (${row.person_qid})`);
      continue;
    }
    if (start === 'malformed' || end === 'malformed') {
      note(
        report,
        'dropped: malformed date',
        `${row.iso3} ${role}: ${row.person} (${row.person_qid}) ${row.start} ${row.end}`,
      );
      continue;
    }
    if (end !== null && end !== 'blank' && end < SCOPE_START) continue;
    if (!/^Q\d+$/.test(row.person_qid)) {
      note(report, 'dropped: blank-node person', `${row.iso3} ${role}: ${row.person_qid} ${start}`);
      continue;
    }
    const english = curated.englishNames[row.person_qid];
    if (/^Q\d+$/.test(row.person) && english === undefined) {
      note(report, 'dropped: QID as label', `${row.iso3} ${role}: ${row.person} ${start}`);
      continue;
    }
    const endsEarly = end !== null && end !== 'blank' && end < MODERN_START;
    if (start < (endsEarly ? EARLIEST_START : EARLIEST_PLAUSIBLE_START)) {
      note(
        report,
        'dropped: implausible start',
        `${row.iso3} ${role}: ${row.person} (${row.person_qid}) ${start}`,
      );
      continue;
    }
    const office: RawOffice = {
      qid: row.person_qid,
      name: english ?? row.person,
      country: row.iso3,
      role,
      since: start,
      until: end === 'blank' ? null : end,
      source: 'wikidata',
    };
    const removal = curated.removals.findIndex((r) => matches(r, office, start));
    if (removal >= 0) {
      usedRemovals.add(removal);
      note(report, 'dropped: curated removal', `${describe(office)}: ${curated.removals[removal]?.reason}`);
      continue;
    }
    const correction = curated.corrections.findIndex((c) => matches(c, office, start));
    const fix = curated.corrections[correction];
    if (fix !== undefined) {
      usedCorrections.add(correction);
      if (fix.since !== undefined) office.since = fix.since;
      if (fix.until !== undefined) {
        office.until = fix.until;
        office.untilCurated = true;
      }
    }
    if (office.since > (office.until ?? today)) {
      note(report, 'dropped: ends before it starts', describe(office));
      continue;
    }
    kept.push(office);
  }
  curated.removals.forEach((r, i) => {
    if (!usedRemovals.has(i) && r.start !== undefined) {
      note(report, 'warning: curated removal matched nothing', `${r.qid} ${r.country} ${r.start}`);
    }
  });
  curated.corrections.forEach((c, i) => {
    if (!usedCorrections.has(i)) {
      note(
        report,
        'warning: curated correction matched nothing',
        `${c.qid} ${c.country} ${c.role} ${c.start}`,
      );
    }
  });
  markGovernors(kept);
  return kept;
}

function markGovernors(offices: RawOffice[]): void {
  const realms = new Set(
    offices.filter((o) => o.qid !== null && REALM_MONARCHS.has(o.qid)).map((o) => `${o.country}`),
  );
  for (const o of offices) {
    if (o.role !== 'head of state' || !realms.has(o.country)) continue;
    if (o.qid !== null && REALM_MONARCHS.has(o.qid)) continue;
    o.title = 'Governor-General';
  }
}

/** Dates that look given to the year only: 1 January to 1 January (or to no end). */
function yearOnly(o: RawOffice): boolean {
  return o.since.endsWith('-01-01') && (o.until === null || o.until.endsWith('-01-01'));
}

/**
 * Wikidata gives some terms to the year only, as 1 January to 1 January, often beside the same
 * term with its days under another role ("Ernesto Zedillo" head of state 1994-01-01 to 2000-01-01,
 * head of government 1994-12-01 to 2000-11-30). Such a term takes the days of a dated term of the
 * same person and country that starts in its first year and ends in its last: a January date
 * would put him in office eleven months early.
 */
export function refineYearOnlyDates(offices: RawOffice[], report: Report): void {
  const dated = new Map<string, RawOffice[]>();
  for (const o of offices) {
    if (yearOnly(o) || o.qid === null) continue;
    const key = `${o.qid}|${o.country}`;
    dated.set(key, [...(dated.get(key) ?? []), o]);
  }
  for (const o of offices) {
    if (!yearOnly(o) || o.qid === null) continue;
    const match = (dated.get(`${o.qid}|${o.country}`) ?? []).find(
      (d) =>
        d.since.slice(0, 4) === o.since.slice(0, 4) &&
        (o.until === null ? d.until === null : d.until?.slice(0, 4) === o.until.slice(0, 4)),
    );
    if (!match) continue;
    note(
      report,
      'wikidata: year-only dates refined',
      `${o.country} ${o.role} ${o.name} ${o.since}–${o.until ?? ''} → ${match.since}–${match.until ?? ''}`,
    );
    o.since = match.since;
    o.until = match.until;
  }
}

/**
 * Wikidata often leaves a predecessor's end date empty; a later tenure of someone else in the
 * same single-holder office ends it. Governors are a separate line from the monarchs above them.
 */
export function closeStaleTenures(offices: RawOffice[], report: Report): void {
  const lines = new Map<string, RawOffice[]>();
  for (const o of offices) {
    if (SHARED_OFFICES.has(o.country) || (o.source !== 'wikidata' && o.source !== 'curated')) continue;
    if (o.role !== 'head of state' && o.role !== 'head of government') continue;
    const key = `${o.country}|${o.role}|${o.title === 'Governor-General' ? 'governor' : ''}`;
    const line = lines.get(key) ?? [];
    line.push(o);
    lines.set(key, line);
  }
  for (const line of lines.values()) {
    for (const o of line) {
      // An open end a correction gave stays open: a rival's appointment did not end Dbeibah's term.
      if (o.until !== null || o.untilCurated) continue;
      const next = line
        .filter((p) => p.qid !== o.qid && p.since > o.since)
        .map((p) => p.since)
        .sort()[0];
      if (next === undefined) continue;
      o.until = next;
      note(report, 'closed: open tenure ended by a successor', describe(o));
    }
  }
}

/** Reports tenures of different people overlapping in one single-holder office (for curation). */
export function reportOverlaps(offices: readonly RawOffice[], today: string, report: Report): void {
  const lines = new Map<string, RawOffice[]>();
  for (const o of offices) {
    if (SHARED_OFFICES.has(o.country) || (o.role === 'head of state' && o.title === 'Governor-General'))
      continue;
    const key = `${o.country}|${o.role}`;
    const line = lines.get(key) ?? [];
    line.push(o);
    lines.set(key, line);
  }
  for (const line of lines.values()) {
    line.sort((a, b) => a.since.localeCompare(b.since));
    for (let i = 0; i < line.length; i += 1) {
      for (let j = i + 1; j < line.length; j += 1) {
        const a = line[i];
        const b = line[j];
        if (a === undefined || b === undefined || a.qid === b.qid) continue;
        // A handover day or a short acting overlap is normal; a month or more is not.
        const shifted = {
          since: addDays(a.since, 31),
          until: a.until === null ? null : addDays(a.until, -31),
        };
        if (shifted.until !== null && shifted.until <= shifted.since) continue;
        if (overlaps(shifted, b, today)) {
          note(
            report,
            'warning: overlapping holders of one office',
            `${describe(a)}  ×  ${b.name} ${b.since} – ${b.until ?? 'open'}`,
          );
        }
      }
    }
  }
}
