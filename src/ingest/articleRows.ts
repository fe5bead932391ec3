import { articleText, type Extraction, type Mention, slugify } from '../extract/index.js';
import type { ArticleInput } from './articleInput.js';
import { canonicalUrl, contentHash, outletFromUrl } from './canonicalUrl.js';
import { type SanctionRow, sanctionId } from './referenceRows.js';

/** A MENTIONS edge: which entity, how often, where, and the sentence of the first mention. */
export interface MentionRow {
  articleId: string;
  key: string;
  count: number;
  /** Flattened start,end pairs (Neo4j stores lists of one type). */
  spans: number[];
  snippet: string;
}

export interface LeaderMentionRow extends MentionRow {
  name: string;
  wikidata: string | null;
}

export interface OrganizationMentionRow extends MentionRow {
  name: string;
  kind: string;
}

export interface PlaceMentionRow extends MentionRow {
  name: string;
  country: string;
}

export interface EventRow {
  articleId: string;
  id: string;
  cameo: string;
  label: string;
  rootCode: string;
  quadClass: number;
  date: string | null;
  datePrecision: string | null;
  location: string | null;
  actors: { id: string; label: 'Country' | 'Leader' | 'Organization'; role: 'source' | 'target' }[];
  sentence: string;
  sentenceIndex: number;
  start: number;
  end: number;
  confidence: number;
}

export interface SanctionMentionRow extends MentionRow {
  sanction: SanctionRow;
}

/** Everything one article writes, as plain rows for the UNWIND queries of `cypher/ingest/`. */
export interface ArticleRows {
  article: {
    id: string;
    url: string | null;
    title: string;
    body: string;
    lang: string;
    publishedAt: string | null;
    contentHash: string;
    authors: string[];
    outletDomain: string | null;
    outletName: string | null;
  };
  countries: MentionRow[];
  leaders: LeaderMentionRow[];
  organizations: OrganizationMentionRow[];
  places: PlaceMentionRow[];
  events: EventRow[];
  sanctions: SanctionMentionRow[];
}

const ISO3 = /^[A-Z]{3}$/;
const SNIPPET_MAX = 400;

/** The article's identity: its canonical URL when it has one, else its content hash. */
export function articleId(input: ArticleInput): string {
  const url = input.url ? canonicalUrl(input.url) : null;
  return url ?? `sha256:${contentHash(input.title, input.body)}`;
}

/**
 * An event's identity (DESIGN.md): its CAMEO code, its sorted actors and a date bucket, so
 * the same happening reported by several articles, in any language, is one node.
 */
export function eventId(
  cameo: string,
  actorIds: string[],
  date: string | null,
  precision: string | null,
): string {
  const bucket = date === null ? 'undated' : precision === 'year' ? date.slice(0, 4) : date.slice(0, 7);
  return `ev:${cameo}:${[...new Set(actorIds)].sort().join(',')}:${bucket}`;
}

/** Whether the character at `index` ends a sentence or a line; compared by code, since this runs for every character a snippet walks over. */
function endsSentence(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x0a; // . ! ? \n
}

/** The sentence around a span: from the previous sentence end to the next one, capped. */
export function snippetAt(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !endsSentence(text, from - 1) && start - from < SNIPPET_MAX / 2) from--;
  let to = end;
  while (to < text.length && !endsSentence(text, to) && to - end < SNIPPET_MAX / 2) to++;
  if (to < text.length && text.charCodeAt(to) !== 0x0a) to++;
  return text.slice(from, to).trim();
}

function mentionRow(articleId: string, key: string, text: string, mentions: Mention[]): MentionRow {
  const first = mentions[0];
  return {
    articleId,
    key,
    count: mentions.length,
    spans: mentions.flatMap((m) => [m.start, m.end]),
    snippet: first ? snippetAt(text, first.start, first.end) : '',
  };
}

/**
 * Turns one article and what the extractor found in it into the rows the store writes;
 * `regimeAuthorities` maps each known sanction regime to the authority that imposes it.
 * Pure: the same input always gives the same rows, which is what makes a second ingest
 * of the same article change nothing.
 */
export function buildArticleRows(
  input: ArticleInput,
  extraction: Extraction,
  regimeAuthorities: ReadonlyMap<string, string> = new Map(),
): ArticleRows {
  const id = articleId(input);
  const text = articleText(input);
  const url = input.url ? canonicalUrl(input.url) : null;
  const outletDomain = url ? outletFromUrl(url) : null;
  const leaderIds = new Set(extraction.leaders.map((l) => l.id));
  const orgIds = new Set(extraction.organizations.map((o) => o.id));
  const actorLabel = (actor: string): 'Country' | 'Leader' | 'Organization' | null =>
    ISO3.test(actor)
      ? 'Country'
      : leaderIds.has(actor)
        ? 'Leader'
        : orgIds.has(actor)
          ? 'Organization'
          : null;

  const events = new Map<string, EventRow>();
  for (const event of extraction.events) {
    const actors = [
      ...event.source.map((a) => ({ id: a, role: 'source' as const })),
      ...event.target.map((a) => ({ id: a, role: 'target' as const })),
    ].flatMap((a) => {
      const label = actorLabel(a.id);
      return label ? [{ ...a, label }] : [];
    });
    const evId = eventId(
      event.cameo,
      actors.map((a) => `${a.role}:${a.id}`),
      event.date,
      event.datePrecision,
    );
    if (events.has(evId)) continue; // the same happening stated twice in one article is reported once
    const place = extraction.places.find((p) => p.mentions.some((m) => m.sentence === event.sentence));
    events.set(evId, {
      articleId: id,
      id: evId,
      cameo: event.cameo,
      label: event.label,
      rootCode: event.cameo.slice(0, 2),
      quadClass: event.quadClass,
      date: event.date,
      datePrecision: event.datePrecision,
      location: place?.country ?? null,
      actors,
      sentence: snippetAt(text, event.start, event.end),
      sentenceIndex: event.sentence,
      start: event.start,
      end: event.end,
      confidence: event.confidence,
    });
  }

  const sanctions = new Map<string, SanctionMentionRow>();
  for (const hit of extraction.sanctions) {
    // A known regime is one sanction whoever the text credits with it ("the Security
    // Council" or "the UN"): its own authority makes the identity, so it stays one node.
    const authority =
      (hit.regime ? regimeAuthorities.get(hit.regime) : undefined) ?? hit.imposedBy ?? 'unknown';
    const sanction: SanctionRow = {
      id: sanctionId(authority, hit.target, hit.regime),
      authority,
      authorityIsCountry: ISO3.test(authority),
      targetId: hit.target,
      targetIsCountry: ISO3.test(hit.target),
      regime: hit.regime,
      program: null,
      since: hit.since === null ? null : `${hit.since}-01-01`,
      sincePrecision: hit.since === null ? null : 'year',
      reason: hit.reason,
      status: 'unknown',
    };
    const existing = sanctions.get(sanction.id);
    const mention = { start: hit.start, end: hit.end, text: hit.text, sentence: hit.sentence };
    if (existing) {
      existing.count++;
      existing.spans.push(hit.start, hit.end);
      continue;
    }
    sanctions.set(sanction.id, { ...mentionRow(id, sanction.id, text, [mention]), sanction });
  }

  return {
    article: {
      id,
      url,
      title: input.title,
      body: input.body,
      lang: extraction.lang,
      publishedAt: input.publishedAt ?? null,
      contentHash: contentHash(input.title, input.body),
      authors: input.authors ?? [],
      outletDomain: outletDomain ?? (input.outlet ? input.outlet.toLowerCase() : null),
      outletName: input.outlet ?? outletDomain,
    },
    countries: extraction.countries.map((c) => mentionRow(id, c.iso3, text, c.mentions)),
    leaders: extraction.leaders.map((l) => ({
      ...mentionRow(id, l.id, text, l.mentions),
      name: l.name,
      wikidata: l.wikidata,
    })),
    organizations: extraction.organizations.map((o) => ({
      ...mentionRow(id, o.id, text, o.mentions),
      name: o.name,
      kind: o.kind,
    })),
    places: extraction.places.map((p) => ({
      ...mentionRow(id, `${p.country}:${slugify(p.name)}`, text, p.mentions),
      name: p.name,
      country: p.country,
    })),
    events: [...events.values()],
    sanctions: [...sanctions.values()],
  };
}
