import type { ArticleInput } from '../articleInput.js';
import type { GdeltEvent, GdeltMention } from '../gdelt/gdeltTypes.js';

/**
 * Where a record came from, for the failure report: `path:line` for line-based files,
 * the path for whole files, the URL for fetched pages, `path#item N` for feed items.
 */
export type SourceLocation = string;

export interface ArticleRecord {
  kind: 'article';
  input: ArticleInput;
  location: SourceLocation;
  /** Something worth logging that did not stop the article (e.g. the page fetch failed, feed text used). */
  warning?: string;
}

export interface FailureRecord {
  kind: 'failure';
  location: SourceLocation;
  reason: string;
}

export interface GdeltEventRecord {
  kind: 'gdeltEvent';
  event: GdeltEvent;
  location: SourceLocation;
}

export interface GdeltMentionRecord {
  kind: 'gdeltMention';
  mention: GdeltMention;
  location: SourceLocation;
}

export type SourceRecord = ArticleRecord | FailureRecord;
export type GdeltRecord = GdeltEventRecord | GdeltMentionRecord;

/** Everything `openSource` yields; switch on `kind` and end with `UnreachableCaseError`. */
export type IngestRecord = SourceRecord | GdeltRecord;

/** Builds a failure record; a helper so every source words them the same way. */
export function failure(location: SourceLocation, reason: string): FailureRecord {
  return { kind: 'failure', location, reason };
}
