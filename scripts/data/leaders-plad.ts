import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import countries from 'i18n-iso-countries';
import { describe, note, type RawOffice, type Report } from './leaders-office.js';
import { nameKey } from './leaders-text.js';
import { MODERN_START } from './leaders-wikidata.js';

interface PladRow {
  idacr: string;
  leader: string;
  country: string;
  startdate: string;
  enddate: string;
  exit: string;
}

// PLAD country names i18n-iso-countries does not know, by COW code.
const COW_TO_ISO3: Readonly<Record<string, string>> = {
  BOS: 'BIH',
  BRU: 'BRN',
  CAP: 'CPV',
  CZE: 'CZE',
  CZR: 'CZE',
  ETM: 'TLS',
  GFR: 'DEU',
  IRQ: 'IRQ',
  LAO: 'LAO',
  LUX: 'LUX',
  MAC: 'MKD',
  MLD: 'MDA',
  SYR: 'SYR',
  YUG: 'SRB',
};

const MONTHS: Readonly<Record<string, string>> = {
  jan: '01',
  feb: '02',
  mar: '03',
  apr: '04',
  may: '05',
  jun: '06',
  jul: '07',
  aug: '08',
  sep: '09',
  oct: '10',
  nov: '11',
  dec: '12',
};

function stataDate(value: string): string {
  const m = /^(\d{2})([a-z]{3})(\d{4})$/.exec(value);
  const month = m?.[2] === undefined ? undefined : MONTHS[m[2]];
  if (m === null || month === undefined) throw new Error(`Unexpected PLAD date "${value}"`);
  return `${m[3]}-${month}-${m[1]}`;
}

function iso3Of(row: PladRow): string | undefined {
  return COW_TO_ISO3[row.idacr] ?? countries.getAlpha3Code(row.country, 'en');
}

export interface PladTenure {
  name: string;
  country: string;
  since: string;
  until: string | null;
}

/** PLAD's effective leaders whose tenure reaches 1990 or later, with ISO3 codes and ISO dates. */
/** PLAD's tenures since MODERN_START: it cross-checks and fills the modern data only. */
export function readPlad(path: string, report: Report): PladTenure[] {
  const rows = parse(readFileSync(path), { columns: true, skip_empty_lines: true }) as PladRow[];
  const out: PladTenure[] = [];
  for (const row of rows) {
    const country = iso3Of(row);
    if (country === undefined) {
      note(report, 'PLAD: country without ISO3', `${row.idacr} ${row.country}: ${row.leader}`);
      continue;
    }
    const since = stataDate(row.startdate);
    const until = row.exit === 'Still in Office' ? null : stataDate(row.enddate);
    if (until !== null && until < MODERN_START) continue;
    out.push({ name: row.leader, country, since, until });
  }
  return out;
}

/** Days of [since, until) that no office in `line` covers. */
function uncoveredDays(t: PladTenure, line: readonly RawOffice[], today: string): number {
  // ISO dates compare as strings: the later of the two is the sort's last.
  const start = Date.parse([t.since, MODERN_START].sort()[1] ?? t.since);
  const end = Date.parse(t.until ?? today);
  const day = 86_400_000;
  let uncovered = 0;
  for (let d = start; d < end; d += day) {
    const iso = new Date(d).toISOString().slice(0, 10);
    if (!line.some((o) => o.since <= iso && iso < (o.until ?? '9999'))) uncovered += 1;
  }
  return uncovered;
}

/**
 * Cross-checks PLAD against the Wikidata offices: an effective leader should appear among the
 * heads of state or government of the country at that time, found by surname. Where none does
 * and the country has neither a head of state nor of government for most of the tenure, the PLAD
 * leader fills the gap, if `fills` (checked by hand) names the person in full.
 */
export function crossCheckPlad(
  plad: readonly PladTenure[],
  fills: Readonly<Record<string, { name: string; title: string }>>,
  offices: readonly RawOffice[],
  today: string,
  report: Report,
): RawOffice[] {
  const byCountry = new Map<string, RawOffice[]>();
  for (const o of offices) {
    if (o.role !== 'head of state' && o.role !== 'head of government') continue;
    const list = byCountry.get(o.country) ?? [];
    list.push(o);
    byCountry.set(o.country, list);
  }
  const added: RawOffice[] = [];
  let confirmed = 0;
  for (const t of plad) {
    const list = byCountry.get(t.country) ?? [];
    const surname = nameKey(t.name).split(' ').at(-1) ?? '';
    const found = list.some((o) => nameKey(o.name).split(' ').includes(surname));
    if (found) {
      confirmed += 1;
      continue;
    }
    // Only a true gap is filled: neither a head of state nor a head of government is known.
    const heads = list.filter((o) => o.title !== 'Governor-General');
    const gap = uncoveredDays(t, heads, today);
    const span = uncoveredDays(t, [], today);
    const checked = fills[t.name];
    if (span > 0 && gap / span > 0.5 && checked !== undefined) {
      const fill: RawOffice = {
        qid: null,
        name: checked.name,
        country: t.country,
        role: 'head of state',
        since: t.since,
        until: t.until,
        source: 'plad',
        title: checked.title,
      };
      added.push(fill);
      note(report, 'PLAD: filled a head-of-state gap', describe(fill));
    } else if (span > 0 && gap / span > 0.5) {
      note(
        report,
        'PLAD: gap candidate not taken (short name, other role or not a state)',
        `${t.country} ${t.name} ${t.since} – ${t.until ?? 'open'}`,
      );
    } else {
      note(
        report,
        'PLAD: effective leader not among Wikidata heads',
        `${t.country} ${t.name} ${t.since} – ${t.until ?? 'open'}`,
      );
    }
  }
  note(
    report,
    'PLAD: summary',
    `${plad.length} tenures from 1990, ${confirmed} confirmed by a Wikidata head by surname`,
  );
  return added;
}
