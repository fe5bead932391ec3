import type { GdeltEventRow, GdeltMentionRow } from '../store/ingestStore.js';
import { canonicalUrl, outletFromUrl } from './canonicalUrl.js';
import type { GdeltEvent, GdeltMention } from './gdelt/gdeltTypes.js';

/** A GDELT event as the store writes it; its label comes from the CAMEO codebook. */
export function gdeltEventRow(event: GdeltEvent, cameo: Readonly<Record<string, string>>): GdeltEventRow {
  const url = event.sourceUrl ? canonicalUrl(event.sourceUrl) : null;
  return {
    gdeltId: event.gdeltId,
    cameo: event.eventCode,
    label: cameo[event.eventCode] ?? cameo[event.baseCode] ?? cameo[event.rootCode] ?? event.eventCode,
    rootCode: event.rootCode,
    quadClass: event.quadClass,
    goldstein: event.goldstein,
    avgTone: event.avgTone,
    numMentions: event.numMentions,
    date: event.date,
    dateAdded: event.dateAdded,
    sourceIso3: event.actor1?.countryIso3 ?? null,
    targetIso3: event.actor2?.countryIso3 ?? null,
    articleId: url,
    url,
    outletDomain: url ? outletFromUrl(url) : null,
  };
}

/** A web mention (type 1) as the store writes it; other mention types name no article URL. */
export function gdeltMentionRow(mention: GdeltMention): GdeltMentionRow | null {
  const url = mention.mentionType === 1 ? canonicalUrl(mention.url) : null;
  if (!url) return null;
  return {
    gdeltId: mention.gdeltId,
    articleId: url,
    url,
    eventTime: mention.eventTime,
    mentionTime: mention.mentionTime,
    sentenceId: mention.sentenceId,
    confidence: mention.confidence,
    outletDomain: outletFromUrl(url),
  };
}
