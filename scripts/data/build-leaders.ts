/**
 * Builds `data/leaders/leaders.json`, the office-holder reference data the extractor links people
 * to, from the Wikidata heads of state and government and PLAD in `../shared/data/leaders/` and
 * the hand-curated files in `data/leaders/curated/`. Run from the project root:
 *
 *   npx tsx scripts/data/build-leaders.ts
 *
 * The output is deterministic (sorted, no clock), so a rerun with the same inputs gives the same
 * bytes. A report of everything dropped, corrected, closed or unmatched goes to
 * `data/leaders/build-report.txt` for the next round of curation.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import countries from 'i18n-iso-countries';
import { type Curated, loadCurated } from './leaders-curated.js';
import { addDays, note, type RawOffice, type Report } from './leaders-office.js';
import { crossCheckPlad, readPlad } from './leaders-plad.js';
import {
  type Leader,
  type LeaderHead,
  type LeaderOffice,
  type LeaderRole,
  type LeadersFile,
  leadersFileSchema,
} from './leaders-schema.js';
import { asciiFold, defaultFamilyName, nameKey, slugify } from './leaders-text.js';
import {
  closeStaleTenures,
  MODERN_START,
  readWikidata,
  refineYearOnlyDates,
  reportOverlaps,
  SCOPE_START,
} from './leaders-wikidata.js';

const ROOT = new URL('../../', import.meta.url).pathname.replace(/\/$/, '');
const SHARED = `${ROOT}/../shared/data/leaders`;
const CURATED = `${ROOT}/data/leaders/curated`;
const OUTPUT = `${ROOT}/data/leaders/leaders.json`;
const REPORT = `${ROOT}/data/leaders/build-report.txt`;
/** Open tenures count as running to this day; fixed so that the build does not depend on the clock. */
const DATA_AS_OF = '2026-01-01';

export const LEADER_SOURCES = [
  'Wikidata via cfmessias/geografia (CC0)',
  'PLAD April 2024 (Bomprezzi et al. 2024)',
  'Newsgraph curated',
];

const DEFAULT_TITLES: Readonly<Record<LeaderRole, string>> = {
  'head of state': 'President',
  'head of government': 'Prime Minister',
  'foreign minister': 'Foreign Minister',
  'defence minister': 'Defence Minister',
  'finance minister': 'Finance Minister',
  'deputy head of state': 'Vice President',
  'deputy head of government': 'Deputy Prime Minister',
};

function personKey(o: { qid: string | null; name: string }): string {
  return o.qid ?? `name:${nameKey(o.name)}`;
}

/** Curated holders (missing tenures, ministers), linked to a Wikidata person by QID or unique name. */
function curatedOffices(curated: Curated, known: readonly RawOffice[], report: Report): RawOffice[] {
  const qidsByName = new Map<string, Set<string>>();
  for (const o of known) {
    if (o.qid === null) continue;
    const set = qidsByName.get(nameKey(o.name)) ?? new Set<string>();
    set.add(o.qid);
    qidsByName.set(nameKey(o.name), set);
  }
  const out: RawOffice[] = [];
  for (const file of [curated.tenures, curated.ministers]) {
    for (const [country, roles] of Object.entries(file)) {
      for (const [role, group] of Object.entries(roles) as [
        LeaderRole,
        { title: string; holders: unknown[] },
      ][]) {
        for (const holder of group.holders as [string, string, string | null, (string | null)?][]) {
          const [name, since, until, qid] = holder;
          let resolved = qid ?? null;
          if (resolved === null) {
            const candidates = qidsByName.get(nameKey(name));
            if (candidates?.size === 1) resolved = [...candidates][0] ?? null;
          }
          if (until !== null && until < since)
            throw new Error(`Curated ${country} ${role} ${name}: until before since`);
          out.push({
            qid: resolved,
            name: resolved === null ? name : (curated.englishNames[resolved] ?? name),
            country,
            role,
            since,
            until,
            source: 'curated',
            title: group.title,
          });
        }
      }
    }
  }
  note(report, 'curated: summary', `${out.length} curated tenures`);
  return out;
}

function titleOf(o: RawOffice, curated: Curated): string {
  return (
    o.title ??
    (o.qid === null ? undefined : curated.titles.people[o.qid]?.[o.role]) ??
    curated.titles.countries[o.country]?.[o.role] ??
    DEFAULT_TITLES[o.role]
  );
}

/** One office per continuous tenure: overlapping or touching rows of one person are joined. */
function mergeTenures(
  offices: readonly (LeaderOffice & { key: string })[],
): (LeaderOffice & { key: string })[] {
  const groups = new Map<string, (LeaderOffice & { key: string })[]>();
  for (const o of offices) {
    const k = `${o.key}|${o.country}|${o.role}|${o.title}`;
    const g = groups.get(k) ?? [];
    g.push(o);
    groups.set(k, g);
  }
  const out: (LeaderOffice & { key: string })[] = [];
  for (const g of groups.values()) {
    g.sort((a, b) => a.since.localeCompare(b.since));
    let current: (LeaderOffice & { key: string }) | undefined;
    for (const o of g) {
      if (current !== undefined && (current.until === null || o.since <= addDays(current.until, 1))) {
        if (current.until !== null && (o.until === null || o.until > current.until)) current.until = o.until;
        continue;
      }
      current = { ...o };
      out.push(current);
    }
  }
  return out;
}

function isLatin(text: string): boolean {
  return /^[\p{Script=Latin}\p{P}\p{Zs}\d]+$/u.test(text);
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/**
 * The name with each of its words that has other usual spellings written so, one word at a time:
 * "Mohammed Basindawa" is also "Muhammad Basindawa" and "Mohamed Basindawa".
 */
function respellings(name: string, spellings: readonly string[][]): string[] {
  const words = name.split(' ');
  const out: string[] = [];
  words.forEach((word, index) => {
    const group = spellings.find((g) => g.includes(word));
    for (const other of group ?? []) {
      if (other !== word) out.push([...words.slice(0, index), other, ...words.slice(index + 1)].join(' '));
    }
  });
  return out;
}

function namesOf(
  name: string,
  variant: Curated['variants'][string] | undefined,
  spellings: readonly string[][],
  leftOut: readonly string[] = [],
): Record<string, string[]> {
  // "Muhammad Rafiq Tarar" is "Rafiq Tarar" in the press: a given name it leaves out before two more.
  // Not before a particle or a regnal number ("bin Zayed", "Ould Ghazouani", "VI of Morocco"),
  // nor where the rest ends in such a given name too ("Abdullahi Mohamed" is anyone's name).
  const words = name.split(' ');
  const leftOutName = (word: string) =>
    spellings.some((g) => g.includes(word) && g.some((w) => leftOut.includes(w)));
  const shorter =
    words.length >= 3 &&
    leftOutName(words[0] ?? '') &&
    !leftOutName(words.at(-1) ?? '') &&
    !/^(?:bin|bint|ibn|ben|ould|al|el|abu|wad|[IVX]+\.?)$/i.test(words[1] ?? '') &&
    !/ (?:of|de) /.test(name)
      ? [words.slice(1).join(' ')]
      : [];
  const names: Record<string, string[]> = { en: [name, ...respellings(name, spellings), ...shorter] };
  // The curated spellings of each language get the given names' other spellings too:
  // "Vladimír Pútín" is also "Vladímír Pútín".
  for (const [lang, list] of Object.entries(variant?.names ?? {})) {
    names[lang] = unique([
      ...(names[lang] ?? []),
      ...list,
      ...list.flatMap((n) => respellings(n, spellings)),
    ]);
  }
  for (const [lang, list] of Object.entries(names)) {
    names[lang] = unique([...list, ...list.filter(isLatin).map(asciiFold)]);
  }
  return names;
}

/**
 * Icelandic text names an Icelander with two given names by both ("Jón Baldvin", "Ólafur Ragnar",
 * "Þórdís Kolbrún"), where one with a middle initial goes by the first ("Geir", "Guðni"): the two
 * are an Icelandic name of their own.
 */
function withGivenNames(
  names: Record<string, string[]>,
  name: string,
  country: string | undefined,
): Record<string, string[]> {
  const words = name.split(/\s+/);
  const second = words[1] ?? '';
  if (country !== 'ISL' || words.length < 3 || second.length < 3 || second.endsWith('.')) return names;
  const given = `${words[0]} ${second}`;
  return { ...names, is: unique([...(names.is ?? [name]), given]) };
}

function familyNameOf(
  name: string,
  country: string | undefined,
  variant: Curated['variants'][string] | undefined,
): Record<string, string> {
  const en = variant?.familyName?.en ?? defaultFamilyName(name, country);
  const out: Record<string, string> = { en };
  // Icelandic text refers to Icelanders by the given name ("Bjarni", "Kristrún").
  if (country === 'ISL') out.is = name.split(/\s+/)[0] ?? en;
  for (const [lang, value] of Object.entries(variant?.familyName ?? {})) out[lang] = value;
  for (const lang of Object.keys(out)) if (lang !== 'en' && out[lang] === en) delete out[lang];
  return out;
}

function buildLeaders(offices: readonly RawOffice[], curated: Curated): Leader[] {
  const withTitles = offices.map((o) => ({
    key: personKey(o),
    country: o.country,
    role: o.role,
    title: titleOf(o, curated),
    since: o.since,
    until: o.until,
  }));
  const merged = mergeTenures(withTitles);
  const people = new Map<string, { qid: string | null; names: string[]; offices: LeaderOffice[] }>();
  for (const o of offices) {
    const key = personKey(o);
    const p = people.get(key) ?? { qid: o.qid, names: [], offices: [] };
    p.names.push(o.name);
    people.set(key, p);
  }
  for (const o of merged) {
    const { key, ...office } = o;
    people.get(key)?.offices.push(office);
  }
  // In presidential systems the head of state also heads the government under the same title
  // (a US president is not a "Prime Minister"); a curated title for the office still wins.
  for (const p of people.values()) {
    for (const o of p.offices) {
      if (o.role !== 'head of government' || o.title !== DEFAULT_TITLES['head of government']) continue;
      if (curated.titles.countries[o.country]?.['head of government'] !== undefined) continue;
      const head = p.offices.find(
        (h) =>
          h.role === 'head of state' &&
          h.country === o.country &&
          h.since <= o.since &&
          (h.until ?? '9999') > o.since,
      );
      if (head !== undefined) o.title = head.title;
    }
  }
  // Ids: someone in office since MODERN_START keeps the plain slug before an earlier namesake
  // (the ids were made when the data began there: Bjarni Benediktsson is the one of 2017); then
  // a QID-less person yields to one with a QID, and lower QIDs (older items) come first.
  const modern = (p: { offices: LeaderOffice[] }) =>
    p.offices.some((o) => (o.until ?? '9999') >= MODERN_START);
  const order = [...people.entries()].sort(([a, pa], [b, pb]) => {
    const na = a.startsWith('Q') ? Number(a.slice(1)) : Number.MAX_SAFE_INTEGER;
    const nb = b.startsWith('Q') ? Number(b.slice(1)) : Number.MAX_SAFE_INTEGER;
    return Number(modern(pb)) - Number(modern(pa)) || na - nb || a.localeCompare(b);
  });
  const taken = new Set<string>();
  const leaders: Leader[] = [];
  for (const [, p] of order) {
    p.offices.sort(
      (a, b) =>
        a.since.localeCompare(b.since) || a.role.localeCompare(b.role) || a.country.localeCompare(b.country),
    );
    const latest = p.offices[p.offices.length - 1];
    const name =
      (p.qid === null ? undefined : curated.englishNames[p.qid]) ?? p.names[p.names.length - 1] ?? '';
    const id = uniqueId(slugify(name), taken);
    const variant = (p.qid === null ? undefined : curated.variants[p.qid]) ?? curated.variants[id];
    const counts = new Map<string, number>();
    for (const o of p.offices) counts.set(o.country, (counts.get(o.country) ?? 0) + 1);
    const mainCountry = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? latest?.country;
    leaders.push({
      id,
      wikidata: p.qid,
      name,
      names: withGivenNames(
        namesOf(name, variant, curated.givenNameSpellings, curated.givenNamesLeftOut),
        name,
        mainCountry,
      ),
      familyName: familyNameOf(name, mainCountry, variant),
      offices: p.offices,
    });
  }
  return leaders.sort((a, b) => a.id.localeCompare(b.id));
}

/** `base`, or `base-2`, `base-3`… whichever is not taken yet; the id returned is then taken. */
function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/**
 * The heads of intergovernmental bodies (`organization-heads.json`): each term joins the leader of
 * the same name (Guterres, Portugal's prime minister, then UN Secretary-General), or makes a
 * leader of its own, with no national office, for those who held none of the list's (Grossi).
 */
function addOrganizationHeads(
  leaders: Leader[],
  curated: Curated,
  organizations: ReadonlySet<string>,
): Leader[] {
  const byName = new Map<string, Leader[]>();
  for (const leader of leaders) {
    const key = nameKey(leader.name);
    byName.set(key, [...(byName.get(key) ?? []), leader]);
  }
  const taken = new Set(leaders.map((l) => l.id));
  const added: Leader[] = [];
  for (const [organization, groups] of Object.entries(curated.organizationHeads)) {
    if (!organizations.has(organization))
      throw new Error(`organization-heads.json: unknown organization ${organization}`);
    for (const group of groups) {
      for (const [name, since, until, qid] of group.holders) {
        if (until !== null && until < since)
          throw new Error(`organization-heads.json ${organization} ${name}: until before since`);
        const head: LeaderHead = { organization, title: group.title, since, until };
        const same = qid ? leaders.filter((l) => l.wikidata === qid) : [];
        const matches = same.length > 0 ? same : (byName.get(nameKey(name)) ?? []);
        if (matches.length > 1)
          throw new Error(`organization-heads.json: ${name} names ${matches.length} leaders; give the QID`);
        let leader = matches[0];
        if (leader === undefined) {
          const id = uniqueId(slugify(name), taken);
          const variant = (qid ? curated.variants[qid] : undefined) ?? curated.variants[id];
          leader = {
            id,
            wikidata: qid ?? null,
            name,
            names: namesOf(name, variant, curated.givenNameSpellings, curated.givenNamesLeftOut),
            familyName: familyNameOf(name, undefined, variant),
            offices: [],
          };
          byName.set(nameKey(name), [leader]);
          added.push(leader);
        }
        leader.heads = [...(leader.heads ?? []), head].sort((a, b) => a.since.localeCompare(b.since));
      }
    }
  }
  return [...leaders, ...added].sort((a, b) => a.id.localeCompare(b.id));
}

/** One leader per line: small enough to load fast, and a change shows as one changed line. */
function serialise(file: LeadersFile): string {
  const lines = file.leaders.map((l) => `    ${JSON.stringify(l)}`);
  return `{\n  "sources": ${JSON.stringify(file.sources)},\n  "leaders": [\n${lines.join(',\n')}\n  ]\n}\n`;
}

function main(): void {
  for (const path of [`${SHARED}/leaders_history.csv`, `${SHARED}/plad_clean.csv`]) {
    if (!existsSync(path)) throw new Error(`Source file ${path} is missing; see data/leaders/README.md`);
  }
  const report: Report = new Map();
  const curated = loadCurated(CURATED);
  const wikidata = readWikidata(`${SHARED}/leaders_history.csv`, curated, DATA_AS_OF, report);
  const all = [...wikidata, ...curatedOffices(curated, wikidata, report)];
  refineYearOnlyDates(all, report);
  closeStaleTenures(all, report);
  // A tenure whose end only a successor revealed may turn out to end before the scope starts.
  const inScope = all.filter((o) => o.until === null || o.until >= SCOPE_START);
  all.length = 0;
  all.push(...inScope);
  const plad = crossCheckPlad(
    readPlad(`${SHARED}/plad_clean.csv`, report),
    curated.pladFills,
    all,
    DATA_AS_OF,
    report,
  );
  all.push(...plad);
  reportOverlaps(all, DATA_AS_OF, report);
  const organizations = new Set(
    (
      JSON.parse(readFileSync(`${ROOT}/data/organizations/organizations.json`, 'utf8')) as {
        organizations: { id: string }[];
      }
    ).organizations.map((o) => o.id),
  );
  const file: LeadersFile = {
    sources: LEADER_SOURCES,
    leaders: addOrganizationHeads(buildLeaders(all, curated), curated, organizations),
  };
  const parsed = leadersFileSchema.parse(file);
  const keys = new Set(parsed.leaders.flatMap((l) => [l.id, l.wikidata ?? '']));
  for (const key of Object.keys(curated.variants)) {
    if (!keys.has(key)) note(report, 'warning: curated variants matched no leader', key);
  }
  // Today's ISO codes, and the former states the extractor knows (the Soviet Union's offices).
  const former = new Set(
    Object.keys(
      (
        JSON.parse(readFileSync(`${ROOT}/data/countries/former-states.json`, 'utf8')) as {
          states: Record<string, unknown>;
        }
      ).states,
    ),
  );
  const bad = parsed.leaders.flatMap((l) =>
    l.offices.filter((o) => !countries.isValid(o.country) && !former.has(o.country)),
  );
  if (bad.length > 0) throw new Error(`Offices with unknown ISO3 codes: ${JSON.stringify(bad.slice(0, 5))}`);
  writeFileSync(OUTPUT, serialise(parsed));
  const text = [...report.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([section, lines]) => `## ${section} (${lines.length})\n${[...lines].sort().join('\n')}\n`)
    .join('\n');
  writeFileSync(REPORT, text);
  const offices = parsed.leaders.reduce((n, l) => n + l.offices.length, 0);
  const countriesCovered = new Set(parsed.leaders.flatMap((l) => l.offices.map((o) => o.country))).size;
  const withVariants = parsed.leaders.filter((l) => Object.keys(l.names).some((k) => k !== 'en')).length;
  console.log(
    `leaders.json: ${parsed.leaders.length} leaders, ${offices} offices, ${countriesCovered} countries, ` +
      `${withVariants} with non-English variants`,
  );
  for (const [section, lines] of [...report.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(`  ${section}: ${lines.length}`);
  }
}

main();
