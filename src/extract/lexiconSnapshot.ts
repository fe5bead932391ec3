import { createHash } from 'node:crypto';
import {
  closeSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectPath } from '../paths.js';
import type { LexiconSource } from './lexicon.js';
import type { Resources } from './resources.js';

/**
 * Lexicons stored by the build. Deriving a language's ~40k phrases from the reference data (name
 * variants, inflections, reading each phrase as keys) took most of the extractor's start-up; a
 * snapshot holds the result, so a process only files the phrases by first word (the trie is built
 * as articles meet those words, see `PhraseMatcher.defer`).
 *
 * A snapshot is used only when it was made from the same data files and by the same extractor
 * code as the running one: its first line is a key over both, and on any difference (data
 * edited, code rebuilt, a run from the sources rather than the build) the lexicon is derived from
 * the data as before. The results are the same either way; only the time differs.
 */
const FORMAT = 1;

/** Where the build stores the lexicons and the default extractor looks for them. */
export const SNAPSHOT_DIR = projectPath('dist', 'lexicons');

/**
 * A digest of the extractor's own code files as they are on disk now (compiled or not), with the
 * Unicode version tokenising depends on (`\p{L}`, `normalize`).
 */
export function extractorCodeDigest(): string {
  const dir = dirname(fileURLToPath(import.meta.url));
  const digest = createHash('sha256').update(`unicode ${process.versions.unicode}\n`);
  for (const file of readdirSync(dir).sort()) {
    if (!/\.(?:js|ts)$/.test(file)) continue;
    digest.update(`${file}\n`).update(readFileSync(`${dir}/${file}`));
  }
  return digest.digest('hex');
}

// Taken as this module loads, with the code it belongs to: a build rewriting the files while a
// process runs must not make the process key its lexicons as the new code's.
export const codeDigestAtLoad = extractorCodeDigest();

/** The key a snapshot of `lang`'s lexicon over these resources must carry. */
export function snapshotKey(resources: Resources, lang: string): string {
  return createHash('sha256')
    .update(`${FORMAT}\n${lang}\n${resources.fingerprint}\n${codeDigestAtLoad}`)
    .digest('hex');
}

function fileOf(dir: string, lang: string): string {
  return `${dir}/${lang}.json`;
}

/**
 * The stored source of `lang`'s lexicon, or null when there is none, or it is unreadable, or it
 * was made from other data or code (the caller then derives the lexicon from the data).
 */
export function readLexiconSnapshot(dir: string, resources: Resources, lang: string): LexiconSource | null {
  const file = fileOf(dir, lang);
  const key = snapshotKey(resources, lang);
  try {
    // The key line first: a snapshot of other code or data is not read whole.
    const head = Buffer.alloc(key.length + 1);
    const fd = openSync(file, 'r');
    try {
      readSync(fd, head, 0, head.length, 0);
    } finally {
      closeSync(fd);
    }
    if (head.toString('utf8') !== `${key}\n`) return null;
    const text = readFileSync(file, 'utf8');
    return JSON.parse(text.slice(key.length + 1)) as LexiconSource;
  } catch {
    return null;
  }
}

/** Stores a lexicon's source under its key; written aside and renamed, so no reader sees half a file. */
export function writeLexiconSnapshot(dir: string, resources: Resources, source: LexiconSource): void {
  mkdirSync(dir, { recursive: true });
  const file = fileOf(dir, source.lang);
  const partial = `${file}.${process.pid}.partial`;
  try {
    writeFileSync(partial, `${snapshotKey(resources, source.lang)}\n${JSON.stringify(source)}`);
    renameSync(partial, file);
  } finally {
    rmSync(partial, { force: true });
  }
}
