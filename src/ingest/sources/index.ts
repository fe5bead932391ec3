/**
 * Sources: everything that turns what a user names (files, folders, globs, URLs, stdin)
 * into article records and GDELT rows. No database, no extraction.
 */
export type { ByteInput } from './byteInput.js';
export { bytesInput, fileInput, streamInput } from './byteInput.js';
export type { FeedItem, FeedSourceOptions } from './feedSource.js';
export { feedRecords, feedSource, parseFeedItems } from './feedSource.js';
export type { Format } from './format.js';
export { FORMATS, formatFromPath, isFormat, sniffFormat } from './format.js';
export type { HtmlArticleOptions } from './htmlArticle.js';
export { decodeHtml, htmlRecord } from './htmlArticle.js';
export type { JsonSourceOptions } from './jsonSource.js';
export { jsonSource, ndjsonSource } from './jsonSource.js';
export type { OpenSourceOptions } from './openSource.js';
export { localInputBytes, openSource } from './openSource.js';
export type {
  ArticleRecord,
  FailureRecord,
  GdeltEventRecord,
  GdeltMentionRecord,
  GdeltRecord,
  IngestRecord,
  SourceLocation,
  SourceRecord,
} from './sourceRecord.js';
export type { TextSourceOptions } from './textSource.js';
export { markdownToText, textRecord, textSource } from './textSource.js';
