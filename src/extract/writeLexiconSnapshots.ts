import { pathToFileURL } from 'node:url';
import { lexiconSource } from './lexicon.js';
import { SNAPSHOT_DIR, writeLexiconSnapshot } from './lexiconSnapshot.js';
import { loadResources } from './resources.js';

/**
 * Derives the lexicon of every language with data and stores it for `readLexiconSnapshot`. Run by
 * `npm run build` after compiling (`node dist/extract/writeLexiconSnapshots.js`), so that the
 * snapshots carry the key of the compiled code that reads them.
 */
export function writeLexiconSnapshots(dir: string = SNAPSHOT_DIR): string[] {
  const resources = loadResources();
  const langs = [...resources.languages.keys()].sort();
  for (const lang of langs) writeLexiconSnapshot(dir, resources, lexiconSource(resources, lang));
  return langs;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const langs = writeLexiconSnapshots();
  console.log(`lexicon snapshots written for ${langs.join(', ')} in ${SNAPSHOT_DIR}`);
}
