import type { DayDate, Doc } from './document.js';
import { compiledGrammar, wordsAt } from './grammar.js';
import type { DatePrecision } from './types.js';

/**
 * Whether a token is a year of the news archive's span: "1990", "2024". Asked of every token of
 * an article, so it compares character codes rather than running a regular expression.
 */
export function isYearKey(key: string): boolean {
  if (key.length !== 4) return false;
  const century = key.charCodeAt(0) * 256 + key.charCodeAt(1);
  return (
    (century === ONE_NINE || century === TWO_ZERO) && isDigit(key.charCodeAt(2)) && isDigit(key.charCodeAt(3))
  );
}

const ONE_NINE = 0x31 * 256 + 0x39;
const TWO_ZERO = 0x32 * 256 + 0x30;

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
/** A token that may be a day of the month. */
const DAY_KEY = /^\d{1,2}$/;

export interface FoundDate {
  date: string;
  precision: DatePrecision;
  /** Token index where the expression starts, to prefer the one nearest a trigger. */
  at: number;
}

/** Parses "2024-06-18" or a full ISO timestamp into a calendar day; null when it is not one. */
export function parseDay(value: string | undefined): DayDate | null {
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (!m) return null;
  const day = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  const check = new Date(Date.UTC(day.year, day.month - 1, day.day));
  return check.getUTCMonth() === day.month - 1 && check.getUTCDate() === day.day ? day : null;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A calendar day as "YYYY-MM-DD". */
export function isoDay(date: DayDate): string {
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

function shift(day: DayDate, offset: number): string {
  const d = new Date(Date.UTC(day.year, day.month - 1, day.day + offset));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/**
 * Date expressions in tokens `[from, end)`: a year ("2022", "árið 2022"), a month with or
 * without year and day ("June 2024", "í júní", "18. Juni"), or a word relative to the article's
 * date ("tonight", "í kvöld", "heute"). A month without a year takes the article's year.
 */
export function findDates(doc: Doc, from: number, end: number): FoundDate[] {
  const compiled = compiledGrammar(doc.lexicon.bundle.language);
  const relative = compiled.relativeDaysByFirst;
  const months = compiled.months;
  const out: FoundDate[] = [];
  const tokens = doc.tokens;
  for (let t = from; t < end; t++) {
    const token = tokens[t];
    if (!token) continue;
    const month = months.get(token.key);
    if (month !== undefined && (token.key.length > 3 || token.shape !== 0)) {
      const prev = tokens[t - 1];
      const next = tokens[t + 1];
      const dayBefore = prev && t - 1 >= from && DAY_KEY.test(prev.key) ? Number(prev.key) : null;
      const dayAfter = next && t + 1 < end && DAY_KEY.test(next.key) ? Number(next.key) : null;
      const yearToken = [tokens[t + 1], tokens[t + 2]].find((x) => x && isYearKey(x.key));
      const year = yearToken ? Number(yearToken.key) : doc.date?.year;
      if (year === undefined) continue;
      const day = dayBefore ?? dayAfter;
      if (day !== null && day >= 1 && day <= 31) {
        out.push({ date: `${year}-${pad(month)}-${pad(day)}`, precision: 'day', at: t });
      } else out.push({ date: `${year}-${pad(month)}`, precision: 'month', at: t });
      continue;
    }
    if (isYearKey(token.key)) {
      const prev = tokens[t - 1];
      if (prev && months.has(prev.key)) continue;
      out.push({ date: token.key, precision: 'year', at: t });
      continue;
    }
    const phrases = doc.date ? relative.get(token.key) : undefined;
    if (doc.date && phrases) {
      for (const [words, offset] of phrases) {
        if (t + words.length <= end && wordsAt(tokens, words, t)) {
          out.push({ date: shift(doc.date, offset), precision: 'day', at: t });
        }
      }
    }
  }
  return out;
}

/** The article's own date as an ISO day. */
export function articleDay(doc: Doc): FoundDate | null {
  return doc.date ? { date: shift(doc.date, 0), precision: 'day', at: -1 } : null;
}
