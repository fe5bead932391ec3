import { type Actor, group } from './actors.js';
import { isYearKey } from './dates.js';
import type { Doc } from './document.js';
import { reasonRanges } from './events.js';
import { compiledGrammar, negatedAt } from './grammar.js';
import { PatternSet } from './patterns.js';
import type { OrganizationRecord, ReasonRule, RegimeRecord, SanctionLexicon } from './resources.js';
import type { EventHit, SanctionHit } from './types.js';

/** An actor id that is a country's ISO alpha-3 code rather than a leader's or a body's slug. */
const COUNTRY_ID = /^[A-Z]{3}$/;

interface Compiled {
  keywords: PatternSet<true>;
  notImposed: PatternSet<true>;
  reasons: Array<{
    rule: ReasonRule;
    all: PatternSet<true>[];
    any: PatternSet<true> | null;
    near: PatternSet<true> | null;
  }>;
}

const cache = new WeakMap<SanctionLexicon, Compiled>();

function compile(lexicon: SanctionLexicon): Compiled {
  let compiled = cache.get(lexicon);
  if (!compiled) {
    const set = (words: string[], perWord = false) =>
      new PatternSet(
        words.map((w) => [w, true] as [string, true]),
        perWord,
      );
    compiled = {
      // Asked of every word of every sentence with an actor.
      keywords: set(lexicon.keywords, true),
      notImposed: set(lexicon.notImposed),
      reasons: lexicon.reasons.map((rule) => ({
        rule,
        all: (rule.all ?? []).map((w) => set([w])),
        any: rule.any ? set(rule.any) : null,
        near: rule.near ? set(rule.near) : null,
      })),
    };
    cache.set(lexicon, compiled);
  }
  return compiled;
}

function phraseAt(doc: Doc, words: string, at: number): boolean {
  return words.split(' ').every((part, k) => doc.tokens[at + k]?.key === part);
}

function reasonIn(doc: Doc, compiled: Compiled, from: number, end: number): string | null {
  for (const { rule, all, any, near } of compiled.reasons) {
    if (!all.every((set) => set.anyIn(doc.tokens, from, end))) continue;
    if (any && !any.anyIn(doc.tokens, from, end)) continue;
    if (near && !near.anyIn(doc.tokens, from, end)) continue;
    return rule.reason;
  }
  return null;
}

function yearIn(doc: Doc, from: number, end: number): number | null {
  const since = doc.lexicon.bundle.language.markers.since;
  let any: number | null = null;
  for (let t = from; t < end; t++) {
    const key = doc.tokens[t]?.key ?? '';
    if (!isYearKey(key)) continue;
    for (let back = 1; back <= 3; back++) {
      if (since.some((m) => phraseAt(doc, m, t - back))) return Number(key);
    }
    any ??= Number(key);
  }
  return any;
}

/** Picks the regime whose authority and target match and whose start the text does not contradict. */
export function linkRegime(
  regimes: readonly RegimeRecord[],
  authority: string | null,
  target: string,
  since: number | null,
  year: number | null,
): string | null {
  if (!authority) return null;
  let candidates = regimes.filter((r) => r.authority === authority && r.target === target);
  const when = since ?? year;
  if (when !== null) candidates = candidates.filter((r) => r.until === undefined || r.until >= when);
  if (since !== null) {
    candidates = candidates.filter((r) => r.since <= since + 1);
    candidates.sort((a, b) => Math.abs(since - a.since) - Math.abs(since - b.since));
  } else candidates.sort((a, b) => b.since - a.since);
  return candidates[0]?.id ?? null;
}

/**
 * Finds sanctions: a sentence with a sanction word (not threatened, proposed or lifted), who
 * imposes them ("af hálfu X", "by X", "EU sanctions", "Sanktionen der EU", the subject), on whom
 * (after "on"/"gegen"/"á", or in a passive the sentence's other actors, leaving out those in
 * the reason), since when and why, per target; then the regime, only when one matches.
 */
export function findSanctions(
  doc: Doc,
  actorsBySentence: Actor[][],
  organizations: Map<string, OrganizationRecord>,
  regimes: readonly RegimeRecord[],
  events: readonly EventHit[],
): SanctionHit[] {
  const lexicon = doc.lexicon.bundle.sanctions;
  if (!lexicon) return [];
  const compiled = compile(lexicon);
  const grammar = compiledGrammar(doc.lexicon.bundle.language);
  const tieWords = doc.lexicon.bundle.offices?.tieWords ?? [];
  const out: SanctionHit[] = [];

  doc.sentenceTokens.forEach(([start, end], sentence) => {
    if ((actorsBySentence[sentence]?.length ?? 0) === 0) return;
    // The first word that is a sanction word by itself (patterns of one word, as within [t, t + 1)).
    let keyword = -1;
    for (let t = start; t < end && keyword === -1; t++) {
      if (compiled.keywords.firstIn(doc.tokens, t, t + 1) !== -1) keyword = t;
    }
    // Threatened, proposed or lifted sanctions are not in force; denied ones ("did not impose
    // sanctions", "keine Sanktionen") were never imposed.
    if (keyword === -1 || compiled.notImposed.anyIn(doc.tokens, start, end)) return;
    if (negatedAt(grammar, doc.tokens, start, keyword, keyword)) return;
    const actors = (actorsBySentence[sentence] ?? []).filter((a) => !a.isPlace);
    if (actors.length === 0) return;
    const reasons = reasonRanges(doc, actors, start, end);
    const inReason = (a: Actor) => reasons.some(([x, y]) => a.first > x && a.first < y);
    const usable = actors.filter((a) => !inReason(a));

    // A coded "impose sanctions" event in the sentence already knows who and whom.
    const coded = events.filter((e) => e.sentence === sentence && e.cameo === '163');
    let imposers: Actor[] = [];
    let targets: Actor[] = [];
    if (coded.length > 0) {
      const all = actorsBySentence[sentence] ?? [];
      const find = (ids: readonly string[]) => all.find((a) => a.ids.join('+') === ids.join('+'));
      for (const event of coded) {
        const source = find(event.source);
        const target = event.target.length > 0 ? find(event.target) : undefined;
        if (source && !imposers.includes(source)) imposers.push(source);
        if (target && !targets.includes(target)) targets.push(target);
      }
      targets.sort((x, y) => x.first - y.first);
    } else {
      [imposers, targets] = heuristic(doc, usable, keyword, start, end, tieWords);
    }
    if (targets.length === 0) return;

    const keyToken = doc.tokens[keyword];
    const from = keyToken?.start ?? 0;
    const to = keyToken?.end ?? from;
    const imposerIds = imposers.length > 0 ? [...new Set(imposers.map((a) => a.ids[0] ?? null))] : [null];
    for (const imposer of imposerIds) {
      const authority = imposer ? (organizations.get(imposer)?.parent ?? imposer) : null;
      const seen = new Set<string>();
      targets.forEach((target, i) => {
        const id = target.ids[0];
        if (!id || seen.has(id) || id === imposer) return;
        seen.add(id);
        const segmentEnd = targets[i + 1]?.first ?? end;
        const segmentStart = targets.length > 1 ? target.first : start;
        const since = yearIn(doc, segmentStart, segmentEnd);
        const reason = reasonIn(doc, compiled, segmentStart, segmentEnd);
        const confidence = 0.5 + (imposer ? 0.2 : 0) + (reason ? 0.1 : 0) + (since ? 0.05 : 0);
        out.push({
          imposedBy: imposer,
          target: id,
          since,
          reason,
          regime: linkRegime(regimes, authority, id, since, doc.date?.year ?? null),
          start: from,
          end: to,
          text: doc.text.slice(from, to),
          sentence,
          confidence: Math.round(confidence * 100) / 100,
        });
      });
    }
  });
  return out;
}

/** Who imposes and who is targeted, from word order alone, when no sanction event was coded. */
function heuristic(
  doc: Doc,
  usable: Actor[],
  keyword: number,
  start: number,
  end: number,
  tieWords: readonly string[],
): [Actor[], Actor[]] {
  const grammar = doc.lexicon.bundle.language;
  let imposers: Actor[] = [];
  for (let t = keyword + 1; t < end && imposers.length === 0; t++) {
    const marker = grammar.markers.agent.find((m) => phraseAt(doc, m, t));
    if (!marker) continue;
    const after = t + marker.split(' ').length;
    const index = usable.findIndex((a) => a.first >= after && a.first <= after + 1);
    if (index !== -1) imposers = group(doc, usable, index, 1, end);
  }
  if (imposers.length === 0) {
    const index = usable.findIndex(
      (a) => a.last === keyword - 1 || (a.last === keyword - 2 && doc.tokens[keyword - 1]?.shape === 0),
    );
    if (index !== -1) imposers = group(doc, usable, index, -1, start - 1);
  }
  if (imposers.length === 0) {
    const index = usable.findIndex((a) => {
      if (a.first <= keyword) return false;
      for (let t = keyword + 1; t < a.first; t++)
        if (!tieWords.includes(doc.tokens[t]?.key ?? '')) return false;
      return a.first - keyword <= 3;
    });
    if (
      index !== -1 &&
      !(
        usable[index]?.ids.some((id) => COUNTRY_ID.test(id)) &&
        grammar.markers.target.includes(doc.tokens[keyword + 1]?.key ?? '')
      )
    ) {
      imposers = [usable[index] as Actor];
    }
  }
  let targets: Actor[] = [];
  const targetMarker = (() => {
    for (let t = keyword + 1; t < Math.min(end, keyword + 4); t++) {
      if (grammar.markers.target.includes(doc.tokens[t]?.key ?? '')) return t;
    }
    for (let t = keyword - 1; t >= Math.max(start, keyword - 6); t--) {
      if (grammar.markers.target.includes(doc.tokens[t]?.key ?? '')) return t;
    }
    return -1;
  })();
  if (imposers.length === 0 && targetMarker > keyword) {
    // "The EU and the US imposed sanctions on Russia": the actors nearest before the word.
    let nearest = -1;
    usable.forEach((a, i) => {
      if (a.last < keyword) nearest = i;
    });
    if (nearest !== -1) imposers = group(doc, usable, nearest, -1, start - 1);
  }
  const imposerSet = new Set(imposers);
  if (targetMarker !== -1) {
    const index = usable.findIndex(
      (a) => a.first > targetMarker && a.first <= targetMarker + 3 && !imposerSet.has(a),
    );
    if (index !== -1) targets = group(doc, usable, index, 1, end);
  }
  if (targets.length === 0) targets = usable.filter((a) => !imposerSet.has(a));
  targets = targets.filter((a) => !imposerSet.has(a));
  // Without an imposer or an "on"/"gegn"/"gegen", the actors are not known to be sanctioned.
  if (imposers.length === 0 && targetMarker === -1) return [[], []];
  return [imposers, targets];
}
