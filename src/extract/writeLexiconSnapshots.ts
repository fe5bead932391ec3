import { pathToFileURL } from 'node:url';
import { lexiconSource } from './lexicon.js';
import {
  codeDigestAtLoad,
  extractorCodeDigest,
  SNAPSHOT_DIR,
  writeLexiconSnapshot,
} from './lexiconSnapshot.js';
import { loadResources } from './resources.js';

/**
 * Derives the lexicon of every language with data and stores it for `readLexiconSnapshot`. Run by
 * `npm run build` after compiling (`node dist/extract/writeLexiconSnapshots.js`), so that the
 * snapshots carry the key of the compiled code that reads them.
 */
export function writeLexiconSnapshots(dir: string = SNAPSHOT_DIR): string[] {
  const resources = loadResources();
  const langs = [...resources.languages.keys()].sort();
  const sources = langs.map((lang) => lexiconSource(resources, lang));
  // Code rebuilt meanwhile (another build in the same tree) would get lexicons of the old code.
  if (extractorCodeDigest() !== codeDigestAtLoad)
    throw new Error('The extractor code changed while its lexicons were being derived; build again.');
  for (const source of sources) writeLexiconSnapshot(dir, resources, source);
  return langs;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const langs = writeLexiconSnapshots();
  console.log(`lexicon snapshots written for ${langs.join(', ')} in ${SNAPSHOT_DIR}`);
}
