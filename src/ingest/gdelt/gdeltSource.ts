import { Readable } from 'node:stream';
import type { CsvError } from 'csv-parse';
import { parse as parseCsv } from 'csv-parse';
import { ErrorCode, NewsgraphError } from '../../errors.js';
import type { ByteInput } from '../sources/byteInput.js';
import { peekInput } from '../sources/byteInput.js';
import type { FailureRecord, GdeltEventRecord, GdeltMentionRecord } from '../sources/sourceRecord.js';
import { failure } from '../sources/sourceRecord.js';
import { cameoCountryToIso3 } from './cameoCountries.js';
import { EVENT_COLUMNS, MENTION_COLUMNS } from './gdeltColumns.js';
import type { GdeltActor, GdeltEvent, GdeltGeo, GdeltMention } from './gdeltTypes.js';

/** Which GDELT table a file holds and how it is laid out, read from its first line. */
export interface GdeltLayout {
  table: 'events' | 'mentions';
  delimiter: ',' | '\t';
  /** Column names by position: the file's header, or the official order for headerless exports. */
  columns: readonly string[];
  hasHeader: boolean;
}

/**
 * Reads the layout from a file's first line: a header naming GLOBALEVENTID (events when it
 * has SQLDATE, mentions when it has MentionTimeDate, any case), else a headerless TAB export
 * recognised by its column count (61 events, 16 mentions). Returns null for anything else.
 */
export function detectGdeltLayout(firstLine: string): GdeltLayout | null {
  const line = firstLine.replace(/^\uFEFF/, '').replace(/\r$/, '');
  const lower = line.toLowerCase();
  if (lower.startsWith('globaleventid')) {
    const delimiter = line.includes('\t') ? '\t' : ',';
    const columns = line.split(delimiter).map((c) => c.trim().replace(/^"|"$/g, ''));
    const names = new Set(columns.map((c) => c.toLowerCase()));
    if (names.has('sqldate')) return { table: 'events', delimiter, columns, hasHeader: true };
    if (names.has('mentiontimedate')) return { table: 'mentions', delimiter, columns, hasHeader: true };
    return null;
  }
  const tabs = line.split('\t').length;
  if (tabs === EVENT_COLUMNS.length && /^\d+\t\d{8}\t/.test(line)) {
    return { table: 'events', delimiter: '\t', columns: EVENT_COLUMNS, hasHeader: false };
  }
  if (tabs === MENTION_COLUMNS.length && /^\d+\t\d{14}\t\d{14}\t/.test(line)) {
    return { table: 'mentions', delimiter: '\t', columns: MENTION_COLUMNS, hasHeader: false };
  }
  return null;
}

export interface GdeltSourceOptions {
  /** Expected table; a file of the other table is then refused. */
  table?: 'events' | 'mentions';
}

/**
 * A GDELT 2.0 events or mentions file, streamed row by row through csv-parse. Each row is
 * a typed record; a row with the wrong number of columns or an unreadable field is a failure
 * at its line, and the rows around it still come through. A file that is not GDELT at all
 * (or whose header lacks a needed column) is refused whole.
 */
export async function* gdeltSource(
  input: ByteInput,
  options: GdeltSourceOptions = {},
): AsyncGenerator<GdeltEventRecord | GdeltMentionRecord | FailureRecord> {
  const peeked = await peekInput(input, 64 * 1024);
  const firstLine = peeked.head.toString('utf8').split('\n', 1)[0] ?? '';
  const layout = detectGdeltLayout(firstLine);
  if (!layout) {
    throw new NewsgraphError(
      ErrorCode.BAD_USER_INPUT,
      `${input.location} is not a GDELT 2.0 events or mentions file: expected a header starting with GLOBALEVENTID, or ${EVENT_COLUMNS.length} (events) or ${MENTION_COLUMNS.length} (mentions) TAB-separated columns`,
    );
  }
  if (options.table && options.table !== layout.table) {
    throw new NewsgraphError(
      ErrorCode.BAD_USER_INPUT,
      `${input.location} is a GDELT ${layout.table} file, not ${options.table}`,
    );
  }
  const index = columnIndex(layout, input.location);
  const skipped: FailureRecord[] = [];
  const parser = parseCsv({
    delimiter: layout.delimiter,
    // The official exports are TAB-separated and never quoted; a stray quote is data there.
    quote: layout.delimiter === '\t' ? false : '"',
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    info: true,
    from_line: layout.hasHeader ? 2 : 1,
    skip_records_with_error: true,
    on_skip: (error: CsvError | undefined) => {
      const line = (error as { lines?: number } | undefined)?.lines;
      skipped.push(
        failure(`${input.location}:${line ?? '?'}`, `unreadable CSV row: ${error?.message ?? 'unknown'}`),
      );
      return undefined;
    },
  });
  Readable.from(peeked.input.open()).pipe(parser);
  const expected = layout.columns.length;
  for await (const row of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    while (skipped.length > 0) yield skipped.shift() as FailureRecord;
    const location = `${input.location}:${row.info.lines}`;
    if (row.record.length !== expected) {
      yield failure(location, `row has ${row.record.length} columns, expected ${expected}`);
      continue;
    }
    const get = (name: string): string => (row.record[index.get(name.toLowerCase()) ?? -1] ?? '').trim();
    try {
      if (layout.table === 'events') yield { kind: 'gdeltEvent', event: toEvent(get), location };
      else yield { kind: 'gdeltMention', mention: toMention(get), location };
    } catch (error) {
      if (!(error instanceof FieldProblem)) throw error;
      yield failure(location, error.message);
    }
  }
  while (skipped.length > 0) yield skipped.shift() as FailureRecord;
}

const REQUIRED_EVENT = [
  'GLOBALEVENTID',
  'SQLDATE',
  'Actor1Code',
  'Actor1Name',
  'Actor1CountryCode',
  'Actor1Type1Code',
  'Actor2Code',
  'Actor2Name',
  'Actor2CountryCode',
  'Actor2Type1Code',
  'IsRootEvent',
  'EventCode',
  'EventBaseCode',
  'EventRootCode',
  'QuadClass',
  'GoldsteinScale',
  'NumMentions',
  'NumSources',
  'NumArticles',
  'AvgTone',
  'ActionGeo_Type',
  'ActionGeo_FullName',
  'ActionGeo_CountryCode',
  'ActionGeo_Lat',
  'ActionGeo_Long',
  'DATEADDED',
  'SOURCEURL',
];
const REQUIRED_MENTION = [
  'GLOBALEVENTID',
  'EventTimeDate',
  'MentionTimeDate',
  'MentionType',
  'MentionSourceName',
  'MentionIdentifier',
  'SentenceID',
  'Confidence',
  'MentionDocTone',
];

function columnIndex(layout: GdeltLayout, location: string): Map<string, number> {
  const index = new Map<string, number>();
  layout.columns.forEach((name, i) => {
    index.set(name.toLowerCase(), i);
  });
  const required = layout.table === 'events' ? REQUIRED_EVENT : REQUIRED_MENTION;
  const missing = required.filter((name) => !index.has(name.toLowerCase()));
  if (missing.length > 0) {
    throw new NewsgraphError(
      ErrorCode.BAD_USER_INPUT,
      `${location}: the GDELT ${layout.table} header lacks ${missing.join(', ')}`,
    );
  }
  return index;
}

/** A field that cannot be read; caught per row and turned into that row's failure. */
class FieldProblem extends Error {}

type Getter = (name: string) => string;

function problem(column: string, value: string, expected: string): never {
  throw new FieldProblem(`column ${column}: '${value}' is not ${expected}`);
}

function integer(get: Getter, column: string): number {
  const v = get(column);
  if (!/^-?\d+$/.test(v)) problem(column, v, 'an integer');
  return Number(v);
}

function decimal(get: Getter, column: string): number {
  const v = get(column);
  const n = Number(v);
  if (v === '' || !Number.isFinite(n)) problem(column, v, 'a number');
  return n;
}

function optionalDecimal(get: Getter, column: string): number | null {
  return get(column) === '' ? null : decimal(get, column);
}

function text(get: Getter, column: string): string | null {
  const v = get(column);
  return v === '' ? null : v;
}

function cameoCode(get: Getter, column: string): string {
  const v = get(column);
  // CAMEO codes are 2 to 4 digits; leading zeros are part of the code ('042' is not '42').
  if (!/^\d{2,4}$/.test(v)) problem(column, v, 'a CAMEO event code (2 to 4 digits)');
  return v;
}

function sqlDate(get: Getter, column: string): string {
  const v = get(column);
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(v);
  const iso = m ? `${m[1]}-${m[2]}-${m[3]}` : '';
  if (!m || Number.isNaN(Date.parse(`${iso}T00:00:00Z`))) problem(column, v, 'a YYYYMMDD date');
  return iso;
}

function timestamp(get: Getter, column: string): string {
  const v = get(column);
  const m = /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2}))?$/.exec(v);
  if (!m) problem(column, v, 'a YYYYMMDDHHMMSS timestamp');
  const d = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4] ?? '00'}:${m[5] ?? '00'}:${m[6] ?? '00'}Z`);
  if (Number.isNaN(d.getTime())) problem(column, v, 'a YYYYMMDDHHMMSS timestamp');
  return d.toISOString();
}

function actor(get: Getter, prefix: 'Actor1' | 'Actor2'): GdeltActor | null {
  const code = get(`${prefix}Code`);
  if (code === '') return null;
  const countryCode = text(get, `${prefix}CountryCode`);
  return {
    code,
    name: text(get, `${prefix}Name`),
    countryCode,
    countryIso3: countryCode ? cameoCountryToIso3(countryCode) : null,
    type1Code: text(get, `${prefix}Type1Code`),
  };
}

function actionGeo(get: Getter): GdeltGeo | null {
  const type = get('ActionGeo_Type');
  if (type === '' || type === '0') return null;
  return {
    type: integer(get, 'ActionGeo_Type'),
    fullName: text(get, 'ActionGeo_FullName'),
    countryCode: text(get, 'ActionGeo_CountryCode'),
    lat: optionalDecimal(get, 'ActionGeo_Lat'),
    long: optionalDecimal(get, 'ActionGeo_Long'),
  };
}

function toEvent(get: Getter): GdeltEvent {
  const id = get('GLOBALEVENTID');
  if (!/^\d+$/.test(id)) problem('GLOBALEVENTID', id, 'a numeric event id');
  const quad = integer(get, 'QuadClass');
  if (quad !== 1 && quad !== 2 && quad !== 3 && quad !== 4)
    problem('QuadClass', String(quad), '1, 2, 3 or 4');
  const root = get('IsRootEvent');
  if (root !== '0' && root !== '1') problem('IsRootEvent', root, '0 or 1');
  return {
    gdeltId: id,
    date: sqlDate(get, 'SQLDATE'),
    eventCode: cameoCode(get, 'EventCode'),
    baseCode: cameoCode(get, 'EventBaseCode'),
    rootCode: cameoCode(get, 'EventRootCode'),
    isRootEvent: root === '1',
    quadClass: quad,
    goldstein: decimal(get, 'GoldsteinScale'),
    numMentions: integer(get, 'NumMentions'),
    numSources: integer(get, 'NumSources'),
    numArticles: integer(get, 'NumArticles'),
    avgTone: decimal(get, 'AvgTone'),
    actor1: actor(get, 'Actor1'),
    actor2: actor(get, 'Actor2'),
    actionGeo: actionGeo(get),
    sourceUrl: text(get, 'SOURCEURL'),
    dateAdded: timestamp(get, 'DATEADDED'),
  };
}

function toMention(get: Getter): GdeltMention {
  const id = get('GLOBALEVENTID');
  if (!/^\d+$/.test(id)) problem('GLOBALEVENTID', id, 'a numeric event id');
  const url = get('MentionIdentifier');
  if (url === '') problem('MentionIdentifier', url, 'a URL or identifier');
  return {
    gdeltId: id,
    eventTime: timestamp(get, 'EventTimeDate'),
    mentionTime: timestamp(get, 'MentionTimeDate'),
    mentionType: integer(get, 'MentionType'),
    sourceName: get('MentionSourceName'),
    url,
    sentenceId: integer(get, 'SentenceID'),
    confidence: decimal(get, 'Confidence'),
    docTone: decimal(get, 'MentionDocTone'),
  };
}
