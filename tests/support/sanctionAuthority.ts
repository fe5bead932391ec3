import { defaultExtractor } from '../../src/extract/index.js';

/**
 * The authority the graph records for a sanction the extractor found: a known regime keeps
 * its own authority (one node per regime), otherwise the imposer the text names.
 */
export function graphAuthority(imposedBy: string, regime: string): string {
  const known = regime ? defaultExtractor().resources.regimes.find((r) => r.id === regime) : undefined;
  return known?.authority ?? imposedBy;
}
