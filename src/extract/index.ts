/**
 * Extraction: from one article's text to the countries, leaders, organizations, places, CAMEO
 * events and sanctions it names, each with the spans that say so. Pure functions over reference
 * data loaded once from `data/` (lexicons per language, organizations, capitals, regimes, CAMEO
 * codes, leaders); adding a language is adding `data/lexicons/<lang>/`.
 */
import { createExtractor, type Extractor } from './extract.js';
import { SNAPSHOT_DIR } from './lexiconSnapshot.js';
import type { ExtractInput, Extraction } from './types.js';

export { articleText } from './articleText.js';
export { createExtractor, type Extractor, type ExtractorOptions } from './extract.js';
export { detectLanguage } from './language.js';
export { slugify } from './normalize.js';
export { loadResources, type ResourceOptions, type Resources } from './resources.js';
export type {
  CountryHit,
  DatePrecision,
  EventHit,
  ExtractInput,
  Extraction,
  LeaderHit,
  LeaderRole,
  Mention,
  OrganizationHit,
  OrganizationKind,
  PlaceHit,
  SanctionHit,
} from './types.js';

let shared: Extractor | null = null;

/** The extractor over the project's own data, created on first use, with the build's lexicons. */
export function defaultExtractor(): Extractor {
  shared ??= createExtractor(undefined, { snapshotDir: SNAPSHOT_DIR });
  return shared;
}

/**
 * Extracts what the knowledge graph is made of from one article. Offsets in the result point
 * into `articleText(input)` (title + "\n\n" + body). The language is detected unless given; the
 * office holders are those in office on `publishedAt` (else today).
 */
export function extract(input: ExtractInput): Extraction {
  return defaultExtractor().extract(input);
}
