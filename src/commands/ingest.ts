import type { WriteStream } from 'node:fs';
import { SingleBar } from 'cli-progress';
import { loadConfig } from '../config.js';
import { ErrorCode, NewsgraphError } from '../errors.js';
import { defaultExtractor } from '../extract/index.js';
import { DEFAULT_MAX_BODY_BYTES } from '../ingest/articleInput.js';
import { IngestService } from '../ingest/ingestService.js';
import { prepareGraph } from '../ingest/prepareGraph.js';
import { type IngestSummary, runIngest } from '../ingest/runIngest.js';
import { FORMATS, type Format, isFormat } from '../ingest/sources/format.js';
import { checkLocalSpecs, localInputBytes } from '../ingest/sources/openSource.js';
import { createLogger } from '../logger.js';
import { connectNeo4j } from '../neo4j/connectNeo4j.js';
import { createStoreExecutor } from '../store/createStoreExecutor.js';
import { formatEta, ingestEtaSeconds } from './ingestEta.js';
import type { CommandIo } from './io.js';
import { openFailuresFile } from './openFailuresFile.js';
import { parseCommandArgs } from './parseCommandArgs.js';

export const INGEST_USAGE = `Usage: newsgraph ingest <file|dir|glob|url|-> [more ...] [options]

Reads articles (JSON, NDJSON, text/Markdown, HTML, RSS/Atom feeds, URLs) or GDELT 2.0
exports, extracts countries, leaders, organizations, events and sanctions, and writes them
to the graph. Writes go to NEO4J_URI if set; else to the local Neo4j of a running serve on
NEWSGRAPH_DATA_DIR; else a local Neo4j is started for the run. Ingesting again changes nothing.

Options:
  --format F         json | ndjson | text | html | feed | gdelt (default: detected)
  --batch-size N     articles per transaction (default 200)
  --failures FILE    also write each failed record as a JSON line to FILE
  --json             print the summary as one JSON object (keys read, new, updated, unchanged, failed, ...)
  --allow-private    allow fetching loopback and private addresses (off by default)
  --help             show this help

Exit code: 0 when every record was stored, 1 when any failed (the rest are stored), 2 for bad arguments.
`;

/** `newsgraph ingest`. */
export async function runIngestCommand(argv: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'ingest',
    argv,
    {
      format: { type: 'string' },
      'batch-size': { type: 'string' },
      failures: { type: 'string' },
      json: { type: 'boolean' },
      'allow-private': { type: 'boolean' },
      help: { type: 'boolean' },
    },
    true,
  );
  if (values.help) {
    io.stdout.write(INGEST_USAGE);
    return 0;
  }
  if (positionals.length === 0) {
    throw new NewsgraphError(
      ErrorCode.BAD_USER_INPUT,
      'name at least one file, folder, glob, URL or - (see `newsgraph ingest --help`)',
    );
  }
  let format: Format | undefined;
  if (values.format !== undefined) {
    if (!isFormat(values.format)) {
      throw new NewsgraphError(
        ErrorCode.BAD_USER_INPUT,
        `unknown --format '${values.format}'; use one of ${FORMATS.join(', ')}`,
      );
    }
    format = values.format;
  }
  const batchSize = values['batch-size'] === undefined ? 200 : Number(values['batch-size']);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000) {
    throw new NewsgraphError(ErrorCode.BAD_USER_INPUT, '--batch-size takes a whole number from 1 to 10000');
  }

  const config = loadConfig(io.env);
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  await checkLocalSpecs(positionals);
  let failures: WriteStream | undefined;
  if (values.failures) failures = openFailuresFile(values.failures, positionals);
  const handle = await connectNeo4j(config, logger, 'join');
  const tty = (io.stderr as NodeJS.WriteStream).isTTY === true && !values.json;
  // An ETA only where the input's size is known (local files): bytes read against their total.
  const totalBytes = tty ? await localInputBytes(positionals, format) : null;
  let bytesRead = 0;
  const bar = tty
    ? new SingleBar({
        format: `ingesting | {value} records | {rate}/s | new {new} updated {updated} unchanged {unchanged} failed {failed}${totalBytes === null ? '' : ' | ETA {left}'}`,
        stream: io.stderr as NodeJS.WriteStream,
      })
    : undefined;
  const started = performance.now();
  let lastLine = 0;
  try {
    const executor = createStoreExecutor(handle, config, logger);
    await prepareGraph(executor, logger);
    const extractor = defaultExtractor();
    const service = new IngestService(executor, {
      batchSize,
      maxBodyBytes: DEFAULT_MAX_BODY_BYTES,
      extractor,
    });
    bar?.start(0, 0, { rate: 0, new: 0, updated: 0, unchanged: 0, failed: 0, left: '' });
    const progress = (summary: IngestSummary) => {
      const seconds = (performance.now() - started) / 1000;
      const rate = Math.round(summary.read / Math.max(seconds, 0.001));
      if (bar) {
        bar.setTotal(summary.read);
        bar.update(summary.read, {
          rate,
          new: summary.new,
          updated: summary.updated,
          unchanged: summary.unchanged,
          failed: summary.failed,
          left: formatEta(ingestEtaSeconds(bytesRead, totalBytes, seconds)),
        });
      } else if (!values.json && performance.now() - lastLine > 2000) {
        lastLine = performance.now();
        io.stderr.write(`ingest: ${summary.read} records, ${rate}/s, ${summary.failed} failed\n`);
      }
    };
    const summary = await runIngest(positionals, service, executor, extractor.resources.cameo, {
      source: {
        ...(format ? { format } : {}),
        ...(totalBytes === null
          ? {}
          : {
              onFileBytes: (bytes: number) => {
                bytesRead += bytes;
              },
            }),
        fetcher: { allowPrivateNetworks: values['allow-private'] === true || config.allowPrivateNetworks },
      },
      onFailure: (failure) => {
        if (!values.json) io.stderr.write(`ingest: ${failure.location}: ${failure.reason}\n`);
        failures?.write(`${JSON.stringify(failure)}\n`);
      },
      // A line like a failure's (not a log record): the user reads these beside the failures.
      onWarning: (location, warning) => {
        if (!values.json) io.stderr.write(`ingest: ${location}: warning: ${warning}\n`);
      },
      onProgress: progress,
    });
    bar?.stop();
    const seconds = (performance.now() - started) / 1000;
    if (values.json) {
      io.stdout.write(`${JSON.stringify(summary)}\n`);
    } else {
      const gdelt =
        summary.gdeltEvents + summary.gdeltMentionsLinked + summary.gdeltMentionsUnmatched > 0
          ? `; GDELT: ${summary.gdeltEvents} events (${summary.gdeltActorsMapped} of ${summary.gdeltActors} actor countries mapped), ${summary.gdeltMentionsLinked} mentions linked, ${summary.gdeltMentionsUnmatched} unmatched`
          : '';
      io.stdout.write(
        `read ${summary.read}, new ${summary.new}, updated ${summary.updated}, unchanged ${summary.unchanged}, failed ${summary.failed}${gdelt} (${seconds.toFixed(1)} s)\n`,
      );
    }
    return summary.failed > 0 ? 1 : 0;
  } finally {
    bar?.stop();
    await new Promise<void>((resolvePromise) =>
      failures ? failures.end(() => resolvePromise()) : resolvePromise(),
    );
    await handle.close();
  }
}
