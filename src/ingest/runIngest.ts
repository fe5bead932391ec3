import { UnreachableCaseError } from '../errors.js';
import {
  type GdeltEventRow,
  type GdeltMentionRow,
  writeGdeltEvents,
  writeGdeltMentions,
} from '../store/ingestStore.js';
import type { StoreExecutor } from '../store/storeExecutor.js';
import type { ArticleRows } from './articleRows.js';
import { gdeltEventRow, gdeltMentionRow } from './gdeltRows.js';
import type { IngestService } from './ingestService.js';
import type { OpenSourceOptions } from './sources/openSource.js';
import { openSource } from './sources/openSource.js';

/** The end-of-run summary (`--json` prints it as it is). */
export interface IngestSummary {
  read: number;
  new: number;
  updated: number;
  unchanged: number;
  failed: number;
  gdeltEvents: number;
  gdeltActorsMapped: number;
  gdeltActors: number;
  gdeltMentionsLinked: number;
  gdeltMentionsUnmatched: number;
}

export interface IngestFailure {
  location: string;
  reason: string;
}

export interface RunIngestOptions {
  source: OpenSourceOptions;
  onFailure: (failure: IngestFailure) => void;
  onProgress: (summary: IngestSummary) => void;
  onWarning?: (location: string, warning: string) => void;
}

/**
 * Reads every record of the named sources and writes them in batches. Articles are
 * extracted as they arrive and written `batchSize` at a time, one transaction each; a bad
 * record is reported and skipped; GDELT events and mentions are written in batches too.
 * Every write is idempotent, so a run that is interrupted and started again ends with
 * the graph an uninterrupted run makes.
 */
export async function runIngest(
  specs: readonly string[],
  service: IngestService,
  executor: StoreExecutor,
  cameo: Readonly<Record<string, string>>,
  options: RunIngestOptions,
): Promise<IngestSummary> {
  const summary: IngestSummary = {
    read: 0,
    new: 0,
    updated: 0,
    unchanged: 0,
    failed: 0,
    gdeltEvents: 0,
    gdeltActorsMapped: 0,
    gdeltActors: 0,
    gdeltMentionsLinked: 0,
    gdeltMentionsUnmatched: 0,
  };
  let articles: { rows: ArticleRows }[] = [];
  let events: GdeltEventRow[] = [];
  let mentions: GdeltMentionRow[] = [];
  const fail = (location: string, reason: string) => {
    summary.failed++;
    options.onFailure({ location, reason });
  };

  // One batch is written while the next is read and extracted: the database and the
  // extractor work at the same time, and batches still commit in order (one in flight).
  let writing: Promise<void> = Promise.resolve();
  const flushArticles = async () => {
    if (articles.length === 0) return;
    const batch = articles.map((a) => a.rows);
    articles = [];
    await writing;
    writing = service.write(batch).then((statuses) => {
      for (const status of statuses) summary[status]++;
      options.onProgress(summary);
    });
    // Marked handled here so Node does not report it as unhandled; the failure still
    // surfaces, and stops the run, at the next `await writing`.
    writing.catch(() => undefined);
  };
  const flushEvents = async () => {
    if (events.length === 0) return;
    summary.gdeltEvents += await writeGdeltEvents(executor, events);
    events = [];
    options.onProgress(summary);
  };
  const flushMentions = async () => {
    if (mentions.length === 0) return;
    // Mentions name events that must already be in the graph: write pending events first.
    await flushEvents();
    const linked = await writeGdeltMentions(executor, mentions);
    summary.gdeltMentionsLinked += linked.length;
    summary.gdeltMentionsUnmatched += mentions.length - linked.length;
    mentions = [];
    options.onProgress(summary);
  };

  const flushAll = async () => {
    await flushArticles();
    await writing;
    await flushEvents();
    await flushMentions();
  };
  try {
    for (const spec of specs) {
      for await (const record of openSource(spec, options.source)) {
        summary.read++;
        switch (record.kind) {
          case 'failure':
            fail(record.location, record.reason);
            break;
          case 'article': {
            if (record.warning) options.onWarning?.(record.location, record.warning);
            const prepared = service.prepareValid(record.input);
            if (!prepared.ok) {
              fail(record.location, prepared.error.message);
              break;
            }
            articles.push({ rows: prepared.rows });
            if (articles.length >= service.batchSize) await flushArticles();
            break;
          }
          case 'gdeltEvent': {
            const row = gdeltEventRow(record.event, cameo);
            for (const actor of [record.event.actor1, record.event.actor2]) {
              if (actor?.countryCode) {
                summary.gdeltActors++;
                if (actor.countryIso3) summary.gdeltActorsMapped++;
              }
            }
            events.push(row);
            if (events.length >= service.batchSize * 5) await flushEvents();
            break;
          }
          case 'gdeltMention': {
            const row = gdeltMentionRow(record.mention);
            if (!row) {
              summary.gdeltMentionsUnmatched++;
              break;
            }
            mentions.push(row);
            if (mentions.length >= service.batchSize * 5) await flushMentions();
            break;
          }
          default:
            throw new UnreachableCaseError(record);
        }
      }
    }
  } catch (error) {
    // A source that fails as a whole (a later path that does not exist, a file of no known
    // format) stops the run, but what was read before it is still stored.
    await flushAll();
    throw error;
  }
  await flushAll();
  return summary;
}
