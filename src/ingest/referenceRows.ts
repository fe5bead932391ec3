import countryNames from 'i18n-iso-countries';
import type { Resources } from '../extract/index.js';

/** Reference data as the rows `cypher/reference/*.cypher` write. */
export interface ReferenceRows {
  countries: { iso3: string; iso2: string | null; name: string; aliases: string[]; aliasText: string }[];
  leaders: { id: string; wikidata: string | null; name: string; aliases: string[]; aliasText: string }[];
  offices: {
    leaderId: string;
    country: string;
    role: string;
    title: string;
    since: string | null;
    until: string | null;
  }[];
  organizations: { id: string; name: string; kind: string; aliases: string[]; aliasText: string }[];
  heads: { leaderId: string; organization: string; title: string; since: string; until: string | null }[];
  sanctions: SanctionRow[];
}

export interface SanctionRow {
  id: string;
  authority: string;
  authorityIsCountry: boolean;
  targetId: string;
  targetIsCountry: boolean;
  regime: string | null;
  program: string | null;
  since: string | null;
  sincePrecision: 'year' | 'day' | null;
  reason: string | null;
  status: 'active' | 'lifted' | 'unknown';
}

const ISO3 = /^[A-Z]{3}$/;

/** The identity of a sanction: who imposes it, on whom, under which regime (DESIGN.md). */
export function sanctionId(authority: string, targetId: string, regime: string | null): string {
  return `sanction:${authority}:${targetId}:${regime ?? 'unlinked'}`;
}

/**
 * The aliases shown (names in the languages the extractor reads) and the text the full-text
 * index reads: those, plus `searchOnly` names (a country's name in every language
 * i18n-iso-countries knows, which `name(lang:)` can show, so search must find them too).
 */
function aliasesOf(
  primary: string,
  names: Iterable<string>,
  searchOnly: Iterable<string> = [],
): { aliases: string[]; aliasText: string } {
  const clean = (list: Iterable<string>) =>
    [...list].map((n) => n.replace(/\|.*$/, '').trim()).filter((n) => n && n !== primary);
  const aliases = [...new Set(clean(names))].sort();
  const shown = new Set(aliases);
  const extra = [...new Set(clean(searchOnly))].filter((n) => !shown.has(n)).sort();
  return { aliases, aliasText: [primary, ...aliases, ...extra].join(' | ') };
}

/** A country's names in every language i18n-iso-countries has (official and short forms). */
function everyLanguageName(iso3: string): string[] {
  return countryNames.langs().flatMap((lang) => countryNames.getName(iso3, lang, { select: 'all' }) ?? []);
}

/**
 * Builds the reference rows (every country, the office holders with their offices, the
 * organizations, the sanction regimes) from the extractor's own resources, so the graph
 * and the extractor link to the same ids.
 */
export function buildReferenceRows(resources: Resources): ReferenceRows {
  // A former state's alpha-2 code (SU, DD, YU, CS) was withdrawn: the API's `iso2` is a current
  // ISO 3166-1 code or null, so the graph stores none for it.
  const former = new Set(resources.formerStates.map((state) => state.iso3));
  const countries = [...resources.countries.values()].map((country) => {
    const names: string[] = [];
    for (const bundle of resources.languages.values()) {
      names.push(...(bundle.i18nNames.get(country.iso3) ?? []));
      names.push(...(bundle.countries?.names[country.iso3] ?? []));
      names.push(...(bundle.countries?.demonyms[country.iso3] ?? []));
    }
    return {
      iso3: country.iso3,
      iso2: former.has(country.iso3) ? null : country.iso2,
      name: country.name,
      ...aliasesOf(country.name, names, everyLanguageName(country.iso3)),
    };
  });
  const knownCountries = new Set(resources.countries.keys());
  const leaders = resources.leaders.map((leader) => ({
    id: leader.id,
    wikidata: leader.wikidata,
    name: leader.name,
    ...aliasesOf(leader.name, Object.values(leader.names).flat()),
  }));
  const offices = resources.leaders.flatMap((leader) =>
    leader.offices
      .filter((office) => knownCountries.has(office.country))
      .map((office) => ({
        leaderId: leader.id,
        country: office.country,
        role: office.role,
        title: office.title,
        since: office.since,
        until: office.until,
      })),
  );
  const organizations = resources.organizations.map((org) => ({
    id: org.id,
    name: org.name,
    kind: org.kind,
    ...aliasesOf(org.name, Object.values(org.names).flat()),
  }));
  const knownOrganizations = new Set(organizations.map((org) => org.id));
  const heads = resources.leaders.flatMap((leader) =>
    (leader.heads ?? [])
      .filter((head) => knownOrganizations.has(head.organization))
      .map((head) => ({ leaderId: leader.id, ...head })),
  );
  const sanctions: SanctionRow[] = resources.regimes.map((regime) => ({
    id: sanctionId(regime.authority, regime.target, regime.id),
    authority: regime.authority,
    authorityIsCountry: ISO3.test(regime.authority),
    targetId: regime.target,
    targetIsCountry: ISO3.test(regime.target) && knownCountries.has(regime.target),
    regime: regime.id,
    program: regime.name,
    since: `${regime.since}-01-01`,
    sincePrecision: 'year',
    reason: null,
    status: regime.until === undefined ? 'active' : 'lifted',
  }));
  return { countries, leaders, offices, organizations, heads, sanctions };
}
