import { z } from 'zod';

/** Default cap on an article body: 2 MiB of UTF-8. Longer texts are almost always dumps, not articles. */
export const DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024;

/**
 * One article as a source hands it to extraction. Only `body` is required; identity comes
 * from `url` when there is one (see `canonicalUrl`), else from the content hash.
 */
export interface ArticleInput {
  /** As the source gave it; the store derives identity with `canonicalUrl(url)`. */
  url?: string;
  /** '' when the source has no title. */
  title: string;
  body: string;
  /** BCP-47 tag, primary subtag lower-cased ('is', 'en-GB'). */
  lang?: string;
  /** 'YYYY-MM-DD' or a UTC ISO datetime ('2024-06-18T10:00:00.000Z'). */
  publishedAt?: string;
  /** Outlet domain or name. */
  outlet?: string;
  authors?: string[];
}

/** One reason an input was refused, named by the field it concerns ('' for the whole record). */
export interface FieldError {
  field: string;
  reason: string;
}

export type ArticleInputResult = { ok: true; value: ArticleInput } | { ok: false; errors: FieldError[] };

const BCP47 = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
// ISO 8601 datetime with a zone (Z or ±hh:mm); a datetime without one is ambiguous, so refused.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/;

/** Human size for messages: '2 MiB', '1.5 KiB', '300 bytes'. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${trimFixed(bytes / (1024 * 1024))} MiB`;
  if (bytes >= 1024) return `${trimFixed(bytes / 1024)} KiB`;
  return `${bytes} bytes`;
}

function trimFixed(n: number): string {
  return n.toFixed(1).replace(/\.0$/, '');
}

/**
 * Normalises a date or datetime to the form `ArticleInput.publishedAt` holds, or returns
 * null when it is not a real ISO date/datetime with a zone.
 */
export function normalizeIsoDate(value: string): string | null {
  const v = value.trim();
  if (DATE_ONLY.test(v)) return isCalendarDay(v) ? v : null;
  if (DATE_TIME.test(v)) {
    // Date rolls an impossible day or time over ("2023-02-30T10:00Z" would become 2 March):
    // each part is checked first, so such a date is refused rather than stored wrong.
    const [, hours = '', minutes = '', seconds = '0'] = /T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(v) ?? [];
    if (
      !isCalendarDay(v.slice(0, 10)) ||
      Number(hours) > 23 ||
      Number(minutes) > 59 ||
      Number(seconds) > 59
    ) {
      return null;
    }
    const d = new Date(v);
    return Number.isNaN(d.getTime()) ? null : d.toISOString();
  }
  return null;
}

/** Whether `yyyy-mm-dd` is a day of the calendar (not 2023-02-30). */
function isCalendarDay(day: string): boolean {
  const d = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === day;
}

/**
 * Lenient date reading for scraped metadata (RSS `pubDate` in RFC 822, `article:published_time`,
 * JSON-LD): anything `Date` understands becomes a UTC ISO datetime; anything else is dropped
 * rather than failing the article, because the page text is still worth having.
 */
export function looseDate(value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  const strict = normalizeIsoDate(value);
  if (strict) return strict;
  const d = new Date(value.trim());
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

/**
 * The longest URL taken, once encoded: an article's id is its canonical URL, and Neo4j cannot
 * index a key of more than about 8 KB (one such article would fail its whole batch).
 */
export const MAX_URL_LENGTH = 4096;

/** The URL in its encoded form when it is an absolute http(s) URL, else null. */
function httpHref(value: string): string | null {
  try {
    const u = new URL(value);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

const optionalTrimmed = z
  .string({ error: 'must be a string' })
  .trim()
  .min(1, { error: 'must not be empty when given' })
  .optional();

/** The zod schema for `ArticleInput`, with the body cap given in bytes. */
export function articleInputSchema(maxBodyBytes: number = DEFAULT_MAX_BODY_BYTES) {
  return z.object({
    url: z
      .string({ error: 'must be a string' })
      .trim()
      .superRefine((value, ctx) => {
        const href = httpHref(value);
        if (href === null) ctx.addIssue({ code: 'custom', message: 'must be an absolute http(s) URL' });
        else if (href.length > MAX_URL_LENGTH) {
          ctx.addIssue({ code: 'custom', message: `is longer than ${MAX_URL_LENGTH} characters` });
        }
      })
      .optional(),
    title: z.string({ error: 'must be a string' }).trim().default(''),
    body: z
      .string({ error: 'is required and must be a string' })
      .refine((s) => s.trim().length > 0, { error: 'must not be empty' })
      .superRefine((s, ctx) => {
        const bytes = Buffer.byteLength(s, 'utf8');
        if (bytes > maxBodyBytes) {
          ctx.addIssue({
            code: 'custom',
            message: `is ${formatBytes(bytes)}, over the limit of ${formatBytes(maxBodyBytes)}`,
          });
        }
      }),
    lang: z
      .string({ error: 'must be a string' })
      .trim()
      .regex(BCP47, { error: "must be a BCP-47 language tag such as 'en' or 'pt-BR'" })
      .transform((s) => {
        const [primary = '', ...rest] = s.split('-');
        return [primary.toLowerCase(), ...rest].join('-');
      })
      .optional(),
    publishedAt: z
      .string({ error: 'must be a string' })
      .transform((s, ctx) => {
        const n = normalizeIsoDate(s);
        if (n === null) {
          ctx.addIssue({
            code: 'custom',
            message: `'${s}' is not an ISO date (YYYY-MM-DD) or datetime with a time zone`,
          });
          return z.NEVER;
        }
        return n;
      })
      .optional(),
    outlet: optionalTrimmed,
    authors: z
      .preprocess(
        (v) => (typeof v === 'string' ? [v] : v),
        z.array(
          z.string({ error: 'must be strings' }).trim().min(1, { error: 'must not be empty strings' }),
          {
            error: 'must be an array of strings',
          },
        ),
      )
      .optional(),
  });
}

const defaultSchema = articleInputSchema();

/**
 * Validates and normalises one article. Never throws: a refused input comes back as the
 * list of its field errors. Unknown keys are dropped, since crawler dumps carry many.
 */
export function parseArticleInput(
  value: unknown,
  options: { maxBodyBytes?: number } = {},
): ArticleInputResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const what = value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
    return { ok: false, errors: [{ field: '', reason: `expected a JSON object, got ${what}` }] };
  }
  const schema =
    options.maxBodyBytes === undefined || options.maxBodyBytes === DEFAULT_MAX_BODY_BYTES
      ? defaultSchema
      : articleInputSchema(options.maxBodyBytes);
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, value: dropUndefined(parsed.data) };
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) => ({
      field: issue.path.map(String).join('.'),
      reason: issue.message,
    })),
  };
}

/** One line for a failure record: 'body: must not be empty; url: must be an absolute http(s) URL'. */
export function formatFieldErrors(errors: readonly FieldError[]): string {
  return errors.map((e) => (e.field ? `${e.field}: ${e.reason}` : e.reason)).join('; ');
}

function dropUndefined(input: ArticleInput): ArticleInput {
  const out: ArticleInput = { title: input.title, body: input.body };
  if (input.url !== undefined) out.url = input.url;
  if (input.lang !== undefined) out.lang = input.lang;
  if (input.publishedAt !== undefined) out.publishedAt = input.publishedAt;
  if (input.outlet !== undefined) out.outlet = input.outlet;
  if (input.authors !== undefined) out.authors = input.authors;
  return out;
}
