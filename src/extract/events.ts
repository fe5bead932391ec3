import { type Actor, group } from './actors.js';
import { articleDay, findDates } from './dates.js';
import type { Doc } from './document.js';
import { compiledGrammar, negatedAt, WordRole, wordIs, wordsAt } from './grammar.js';
import { keep } from './lists.js';
import { PatternSet } from './patterns.js';
import type { TriggerData } from './resources.js';
import type { EventHit } from './types.js';

const triggerCache = new WeakMap<TriggerData[], PatternSet<TriggerData>>();

function triggersOf(doc: Doc): PatternSet<TriggerData> {
  const list = doc.lexicon.bundle.triggers;
  let set = triggerCache.get(list);
  if (!set) {
    set = new PatternSet(
      list.map((t) => [t.pattern, t] as [string, TriggerData]),
      true,
    );
    triggerCache.set(list, set);
  }
  return set;
}

/** CAMEO quad class from the root code: 01–05 verbal cooperation … 15–20 material conflict. */
export function quadClass(cameo: string): 1 | 2 | 3 | 4 {
  const root = Number(cameo.slice(0, 2));
  if (root <= 5) return 1;
  if (root <= 9) return 2;
  if (root <= 14) return 3;
  return 4;
}

function markerAfter(doc: Doc, markers: readonly string[][], from: number, end: number): number {
  for (let t = from; t < end; t++) {
    for (const marker of markers) if (wordsAt(doc.tokens, marker, t)) return t + marker.length;
  }
  return -1;
}

/** Token ranges after a reason marker ("vegna", "over", "wegen") up to a comma or the next "and <actor>". */
export function reasonRanges(doc: Doc, actors: Actor[], from: number, end: number): Array<[number, number]> {
  const grammar = compiledGrammar(doc.lexicon.bundle.language);
  const ranges: Array<[number, number]> = [];
  for (let t = from; t < end; t++) {
    if (!wordIs(grammar, doc.tokens[t], WordRole.OpensReason)) continue;
    if (!grammar.reason.some((m) => wordsAt(doc.tokens, m, t))) continue;
    let stop = end;
    for (let c = t + 1; c < end; c++) {
      if (hasClauseMark(doc.text, doc.tokens[c - 1]?.end ?? 0, doc.tokens[c]?.start ?? 0)) {
        stop = c;
        break;
      }
    }
    for (const actor of actors) {
      if (
        actor.first > t &&
        actor.first < stop &&
        wordIs(grammar, doc.tokens[actor.first - 1], WordRole.Conjunction)
      )
        stop = actor.first - 1;
    }
    ranges.push([t, stop]);
    t = stop;
  }
  return ranges;
}

/** Clause-break positions of a sentence ("but", "en", "aber"), computed once per sentence. */
function clauseBreaks(doc: Doc, start: number, end: number): number[] {
  const grammar = compiledGrammar(doc.lexicon.bundle.language);
  const out: number[] = [];
  for (let t = start; t < end; t++) {
    if (!wordIs(grammar, doc.tokens[t], WordRole.OpensClauseBreak)) continue;
    if (grammar.clauseBreaks.some((b) => wordsAt(doc.tokens, b, t))) out.push(t);
  }
  return out;
}

function clauseBounds(breaks: readonly number[], at: number, start: number, end: number): [number, number] {
  let left = start;
  let right = end;
  for (const b of breaks) {
    if (b < at) left = b + 1;
    else if (b > at) {
      right = b;
      break;
    }
  }
  return [left, right];
}

/** Whether `text[from, to)` holds the character; the gaps between words are short, so no slice is made. */
function hasChar(text: string, from: number, to: number, code: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === code) return true;
  return false;
}

/** Whether `text[from, to)` holds a comma, semicolon or colon: one pass over a gap between words. */
function hasClauseMark(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 44 || code === 59 || code === 58) return true; // , ; :
  }
  return false;
}

function pronounNear(doc: Doc, kind: 'person' | 'group', from: number, to: number): boolean {
  const words = doc.lexicon.bundle.language.pronouns[kind];
  for (let t = from; t < to; t++) if (words.includes(doc.tokens[t]?.key ?? '')) return true;
  return false;
}

// Cooperation, consultation, praise, aid, criticism, threats and reduced relations are always
// towards someone; protests, force postures, coercion and fighting may be reported without one.
const TARGETED_ROOTS = new Set(['03', '04', '05', '06', '07', '08', '10', '11', '12', '13', '16']);

// Meetings, talks and agreements happen somewhere: "signed in Barbados" names no counterpart.
const AT_A_PLACE = new Set(['03', '04', '05']);

function needsTarget(cameo: string): boolean {
  return TARGETED_ROOTS.has(cameo.slice(0, 2));
}

/** The actors' ids, each once, in order (a loop: groups are a few actors of one or two ids each). */
function ids(actors: Actor[]): string[] {
  const out: string[] = [];
  for (const actor of actors) for (const id of actor.ids) if (!out.includes(id)) out.push(id);
  return out;
}

/**
 * Codes the events of each sentence. A trigger from the language's lexicon gives the CAMEO code;
 * the source is the actor group before it in the clause (or, in a passive, after "by"/"af
 * hálfu"/"von"; for "he"/"hann"/"er", the last person named), the target the first actor group
 * after it. Triggers inside what someone is accused of or denies are not events of their own.
 */
export function codeEvents(doc: Doc, actorsBySentence: Actor[][], cameo: Record<string, string>): EventHit[] {
  const triggers = triggersOf(doc);
  const grammar = compiledGrammar(doc.lexicon.bundle.language);
  const out: EventHit[] = [];
  const seen = new Set<string>();
  let lastPerson: Actor | null = null;

  // A plain loop rather than forEach: this body is the hot part of event coding, and a
  // closure called per sentence is one more frame (and, until optimised, one more call) per sentence.
  for (let sentence = 0; sentence < doc.sentenceTokens.length; sentence++) {
    const [start, end] = doc.sentenceTokens[sentence] as [number, number];
    const actors = actorsBySentence[sentence] ?? [];
    if (actors.length === 0 && lastPerson === null) continue;
    let suppressUntil = -1;
    let breaks: number[] | null = null;
    let reasons: Array<[number, number]> | null = null;
    let dates: ReturnType<typeof findDates> | null = null;
    for (let t = start; t < end; t++) {
      const found = triggers.matchAt(doc.tokens, t, end);
      if (found.length === 0) continue;
      // The longest match wins; among equals the first listed (what a stable sort would put first).
      let longest = found[0] as { data: TriggerData; last: number };
      for (const candidate of found) if (candidate.last > longest.last) longest = candidate;
      const { data: trigger, last } = longest;
      const suppressed = t < suppressUntil;
      breaks ??= clauseBreaks(doc, start, end);
      reasons ??= reasonRanges(doc, actors, start, end);
      const [clauseStart, clauseEnd] = clauseBounds(breaks, t, start, end);
      if (trigger.suppress) suppressUntil = Math.max(suppressUntil, clauseEnd);
      // "France never attacked Spain": a denied act is not an event.
      if (suppressed || trigger.cameo === null || negatedAt(grammar, doc.tokens, clauseStart, t, last)) {
        t = last;
        continue;
      }
      const event = codeOne(doc, trigger, t, last, actors, reasons, clauseStart, clauseEnd, lastPerson);
      t = last;
      if (!event) continue;
      const label = cameo[trigger.cameo] ?? '';
      dates ??= findDates(doc, start, end);
      // The date nearest the trigger; among equally near ones the first found.
      let nearest: (typeof dates)[number] | undefined;
      for (const day of dates) {
        if (!nearest || Math.abs(day.at - event.at) < Math.abs(nearest.at - event.at)) nearest = day;
      }
      const date = nearest ?? articleDay(doc);
      const from = doc.tokens[event.at]?.start ?? 0;
      const to = doc.tokens[event.lastToken]?.end ?? from;
      const targets: Array<Actor | null> = event.targets.length > 0 ? event.targets : [null];
      for (const source of event.sources) {
        for (const target of targets) {
          const targetIds = target ? target.ids.filter((id) => !source.ids.includes(id)) : [];
          if (target && targetIds.length === 0) continue;
          const key = `${trigger.cameo}|${source.ids.join(',')}|${targetIds.join(',')}|${sentence}`;
          if (seen.has(key)) continue;
          seen.add(key);
          out.push({
            cameo: trigger.cameo,
            label,
            quadClass: quadClass(trigger.cameo),
            source: [...source.ids],
            target: targetIds,
            date: date?.date ?? null,
            datePrecision: date?.precision ?? null,
            start: from,
            end: to,
            text: doc.text.slice(from, to),
            sentence,
            confidence: Math.min(0.95, event.confidence + (nearest ? 0.05 : 0)),
          });
        }
      }
    }
    for (const actor of actors) if (actor.isPerson) lastPerson = actor;
  }
  return out;
}

interface Coded {
  sources: Actor[];
  targets: Actor[];
  at: number;
  lastToken: number;
  confidence: number;
}

function codeOne(
  doc: Doc,
  trigger: TriggerData,
  at: number,
  last: number,
  actors: Actor[],
  reasons: ReadonlyArray<[number, number]>,
  clauseStart: number,
  clauseEnd: number,
  lastPerson: Actor | null,
): Coded | null {
  const grammar = compiledGrammar(doc.lexicon.bundle.language);
  // A reason clause ("for supplying X", "vegna stríðsins í Y") holds no actor of this event,
  // unless the trigger itself is inside it ("after its invasion of Ukraine").
  // A reason clause stops at the trigger when it opens before it ("wegen X … Sanktionen … verhängt").
  const inReason = (actor: Actor) =>
    reasons.some(([a, b]) => {
      const stop = a < at && at < b ? at : b;
      return actor.first > a && actor.first < stop;
    });
  const locatives = grammar.locatives;
  // A place after "in"/"í"/"in" is where it happened; only a visit takes its place as target.
  const usable = keep(
    actors,
    (a) =>
      !inReason(a) &&
      !(
        a.first > last &&
        locatives.has(doc.tokens[a.first - 1]?.key ?? '') &&
        // "signed the agreement in Barbados": a place of meeting, talks or signing is no counterpart.
        (a.isPlace
          ? trigger.cameo !== '042'
          : AT_A_PLACE.has((trigger.cameo ?? '').slice(0, 2)) && trigger.cameo !== '042')
      ),
  );
  let confidence = 0.5;
  let source: Actor[] = [];
  let target: Actor[] = [];

  const agentAt = markerAfter(doc, grammar.agent, last + 1, Math.min(clauseEnd, last + 6));
  const agentIndex =
    agentAt === -1 ? -1 : usable.findIndex((a) => a.first >= agentAt && a.first <= agentAt + 1);
  const beforeIndex = (() => {
    let found = -1;
    usable.forEach((a, i) => {
      if (a.last < at && a.first >= clauseStart && !a.isPlace) found = i;
    });
    return found;
  })();
  // The object is looked for up to a coordinated clause ("… og fordæmdi Bjarni …"): a conjunction
  // not followed by an actor ends it.
  let objectEnd = clauseEnd;
  for (let t = last + 1; t < clauseEnd; t++) {
    if (wordIs(grammar, doc.tokens[t], WordRole.Conjunction) && !usable.some((a) => a.first === t + 1)) {
      objectEnd = t;
      break;
    }
    // A comma ends the object unless it continues a list of actors ("France, Serbia and Hungary").
    const comma =
      t > last + 1 && hasChar(doc.text, doc.tokens[t - 1]?.end ?? 0, doc.tokens[t]?.start ?? 0, 44);
    if (comma && !usable.some((a) => a.last === t - 1)) {
      objectEnd = t;
      break;
    }
  }
  const afterIndex = usable.findIndex(
    // Actors inside a split trigger count ("wirft der EU … vor"): the object sits between its parts.
    (a) => a.first > at && a.first < objectEnd && (!trigger.targetAdjacent || a.first - last <= 2),
  );

  if (trigger.nominal) {
    const before = beforeIndex !== -1 ? usable[beforeIndex] : undefined;
    const after = afterIndex !== -1 ? usable[afterIndex] : undefined;
    if (!before || at - before.last > 3 || !after || after.first - last > 2) return null;
    return { sources: [before], targets: [after], at, lastToken: last, confidence: 0.6 };
  }

  // Verb-second inversion ("og fordæmdi Bjarni árásina", "Am Montag kritisierte Scholz Peking"):
  // a trigger opening its clause or following "og"/"und" takes the actor right after it as subject.
  const opener =
    at === clauseStart || beforeIndex === -1 || wordIs(grammar, doc.tokens[at - 1], WordRole.Conjunction);
  const subjectAfter = afterIndex !== -1 ? usable[afterIndex] : undefined;
  const clauseActors = keep(usable, (a) => a.first >= clauseStart && a.last < at);
  const firstSubject = clauseActors.find((a) => !a.isPlace);
  if (trigger.verbFinal && firstSubject) {
    const subjectIndex = usable.indexOf(firstSubject);
    source = group(doc, usable, subjectIndex, 1, at);
    const after = source[source.length - 1]?.last ?? firstSubject.last;
    const objects = keep(
      clauseActors,
      (a) => a.first > after && !(a.isPlace && locatives.has(doc.tokens[a.first - 1]?.key ?? '')),
    );
    if (objects[0]) target = [objects[0]];
    confidence += 0.1;
  } else if (
    doc.lexicon.bundle.language.verbSecond &&
    agentIndex === -1 &&
    opener &&
    subjectAfter &&
    subjectAfter.first === last + 1 &&
    // "og hitti Pútín." ends there: Pútín is the object of a shared subject, not an inverted subject.
    subjectAfter.last + 1 < clauseEnd &&
    (subjectAfter.isPerson || beforeIndex === -1)
  ) {
    source = [subjectAfter];
    const objectIndex = usable.findIndex((a) => a.first > subjectAfter.last && a.first < clauseEnd);
    if (objectIndex !== -1) target = group(doc, usable, objectIndex, 1, clauseEnd);
    confidence += 0.1;
  } else if (agentIndex !== -1) {
    source = group(doc, usable, agentIndex, 1, clauseEnd);
    const subject = beforeIndex !== -1 ? group(doc, usable, beforeIndex, -1, clauseStart - 1) : [];
    target =
      subject.length > 0 ? subject : keep(usable, (a) => a.first > (source[source.length - 1]?.last ?? last));
    confidence += 0.2;
  } else {
    if (beforeIndex !== -1) {
      source = group(doc, usable, beforeIndex, -1, clauseStart - 1);
      confidence += 0.15;
    } else if (
      pronounNear(doc, 'person', clauseStart, at) ||
      pronounNear(doc, 'person', last + 1, last + 2)
    ) {
      const person = usable.findLast((a) => a.isPerson && a.last < at) ?? lastPerson;
      if (person) source = [person];
    } else if (pronounNear(doc, 'group', clauseStart, at) || pronounNear(doc, 'group', last + 1, last + 2)) {
      const first = usable.find((a) => a.last < at && !a.isPlace);
      if (first) source = [first];
    } else {
      const first = usable.find((a) => a.last < at && !a.isPlace);
      if (first) {
        source = group(doc, usable, usable.indexOf(first), 1, at);
        confidence -= 0.1;
      }
    }
    if (afterIndex !== -1) target = group(doc, usable, afterIndex, 1, objectEnd);
  }
  const sourceIds = ids(source);
  target = keep(target, (a) => !a.ids.every((id) => sourceIds.includes(id)));
  if (source.length === 0) return null;
  if (
    (trigger.needsTarget || trigger.targetAdjacent || needsTarget(trigger.cameo ?? '')) &&
    target.length === 0
  ) {
    return null;
  }
  if (trigger.needsPerson && !source.some((a) => a.isPerson)) return null;
  if (target.length > 0) confidence += 0.2;
  return {
    sources: source,
    targets: target,
    at,
    lastToken: last,
    confidence: Math.round(confidence * 100) / 100,
  };
}
