import { ErrorCode, NewsgraphError } from '../errors.js';
import { defaultExtractor, type Extractor } from '../extract/index.js';
import { type ArticleStatus, writeArticles } from '../store/ingestStore.js';
import type { StoreExecutor } from '../store/storeExecutor.js';
import {
  type ArticleInput,
  DEFAULT_MAX_BODY_BYTES,
  formatFieldErrors,
  parseArticleInput,
} from './articleInput.js';
import { type ArticleRows, buildArticleRows } from './articleRows.js';

/** What was linked for one article: the number of distinct entities of each kind. */
export interface LinkedCounts {
  countries: number;
  leaders: number;
  organizations: number;
  events: number;
  sanctions: number;
}

export type IngestResult =
  | { index: number; ok: true; id: string; status: ArticleStatus; linked: LinkedCounts }
  | { index: number; ok: false; error: { code: string; message: string } };

/** A prepared article, or why it could not be prepared. */
export type Prepared = { ok: true; rows: ArticleRows } | { ok: false; error: NewsgraphError };

export interface IngestServiceOptions {
  maxBodyBytes?: number;
  batchSize?: number;
  extractor?: Extractor;
}

/**
 * The ingestion pipeline the CLI and the GraphQL mutations share: validate an input,
 * extract (pure), build the rows, write a batch in one transaction.
 */
export class IngestService {
  readonly batchSize: number;
  private readonly maxBodyBytes: number;
  private readonly extractor: Extractor;
  private readonly regimeAuthorities: ReadonlyMap<string, string>;

  constructor(
    private readonly executor: StoreExecutor,
    options: IngestServiceOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 200;
    this.maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
    this.extractor = options.extractor ?? defaultExtractor();
    this.regimeAuthorities = new Map(this.extractor.resources.regimes.map((r) => [r.id, r.authority]));
  }

  /** Validates and extracts one input (unknown: it may come straight from a client). */
  prepare(raw: unknown): Prepared {
    const parsed = parseArticleInput(raw, { maxBodyBytes: this.maxBodyBytes });
    if (!parsed.ok) {
      return {
        ok: false,
        error: new NewsgraphError(ErrorCode.BAD_USER_INPUT, formatFieldErrors(parsed.errors)),
      };
    }
    return this.prepareValid(parsed.value);
  }

  prepareValid(input: ArticleInput): Prepared {
    try {
      const extraction = this.extractor.extract({
        title: input.title,
        body: input.body,
        ...(input.lang ? { lang: input.lang } : {}),
        ...(input.publishedAt ? { publishedAt: input.publishedAt } : {}),
      });
      return { ok: true, rows: buildArticleRows(input, extraction, this.regimeAuthorities) };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return {
        ok: false,
        error: new NewsgraphError(ErrorCode.BAD_USER_INPUT, `extraction failed: ${message}`),
      };
    }
  }

  /**
   * Writes prepared articles in batches of `batchSize`, one transaction each. An id seen
   * twice goes into a later batch, so each transaction sees one version of an article and
   * the last one given wins.
   */
  async write(prepared: ArticleRows[]): Promise<ArticleStatus[]> {
    const statuses: ArticleStatus[] = new Array(prepared.length);
    let batch: { index: number; rows: ArticleRows }[] = [];
    let ids = new Set<string>();
    const flush = async () => {
      if (batch.length === 0) return;
      const written = await writeArticles(
        this.executor,
        batch.map((b) => b.rows),
      );
      batch.forEach((b, i) => {
        statuses[b.index] = written[i] ?? 'unchanged';
      });
      batch = [];
      ids = new Set();
    };
    for (const [index, rows] of prepared.entries()) {
      if (ids.has(rows.article.id) || batch.length >= this.batchSize) await flush();
      batch.push({ index, rows });
      ids.add(rows.article.id);
    }
    await flush();
    return statuses;
  }

  /** Ingests a list of inputs; one bad input becomes its own typed error and the rest are stored. */
  async ingestArticles(inputs: readonly unknown[]): Promise<IngestResult[]> {
    const prepared = inputs.map((raw) => this.prepare(raw));
    const good = prepared.flatMap((p, index) => (p.ok ? [{ index, rows: p.rows }] : []));
    const statuses = await this.write(good.map((g) => g.rows));
    const byIndex = new Map(
      good.map((g, i) => [g.index, { rows: g.rows, status: statuses[i] ?? 'unchanged' }]),
    );
    return prepared.map((p, index): IngestResult => {
      if (!p.ok) return { index, ok: false, error: { code: p.error.code, message: p.error.message } };
      const done = byIndex.get(index);
      const rows = done?.rows ?? p.rows;
      return {
        index,
        ok: true,
        id: rows.article.id,
        status: done?.status ?? 'unchanged',
        linked: linkedCounts(rows),
      };
    });
  }
}

export function linkedCounts(rows: ArticleRows): LinkedCounts {
  return {
    countries: rows.countries.length,
    leaders: rows.leaders.length,
    organizations: rows.organizations.length,
    events: rows.events.length,
    sanctions: rows.sanctions.length,
  };
}
