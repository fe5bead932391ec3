/**
 * The bench's graph: N synthetic articles written straight with UNWIND batches, shaped as
 * ingestion writes them (the graph contract): each mentions a few real reference countries
 * (skewed, so some are hubs, like real news), sometimes a leader of one of them and an
 * organization, and reports one CAMEO event between two of them; events with the same code,
 * actors and month are one node, as the event key says. Deterministic, and idempotent (MERGE).
 */
import { type Driver, int } from 'neo4j-driver';

const SITE = 'https://bench.newsgraph.example/';
const CAMEO: [string, string, number, number][] = [
  ['042', 'Make a visit', 1, 1.9],
  ['043', 'Host a visit', 1, 2.8],
  ['036', 'Express intent to meet or negotiate', 1, 4],
  ['051', 'Praise or endorse', 1, 3.4],
  ['057', 'Sign formal agreement', 1, 8],
  ['111', 'Criticize or denounce', 3, -2],
  ['163', 'Impose embargo, boycott, or sanctions', 4, -8],
  ['172', 'Impose administrative sanctions', 4, -5],
  ['190', 'Use conventional military force', 4, -10],
];
const WORDS = [
  'talks',
  'sanctions',
  'trade',
  'summit',
  'border',
  'election',
  'oil',
  'gas',
  'missile',
  'aid',
  'treaty',
  'minister',
  'visit',
  'security',
  'economy',
  'ceasefire',
  'tariffs',
  'embassy',
  'exports',
  'drones',
];

interface Reference {
  countries: { iso3: string; name: string }[];
  leadersByCountry: Map<string, string[]>;
  organizations: string[];
}

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

async function reference(driver: Driver, database: string): Promise<Reference> {
  const countries = await driver.executeQuery(
    'MATCH (c:Country) WHERE c.iso3 =~ "[A-W][A-Z]{2}" RETURN c.iso3 AS iso3, c.name AS name ORDER BY iso3',
    {},
    { database },
  );
  const leaders = await driver.executeQuery(
    'MATCH (l:Leader)-[:HOLDS_OFFICE]->(c:Country) RETURN c.iso3 AS iso3, collect(DISTINCT l.id) AS ids',
    {},
    { database },
  );
  const organizations = await driver.executeQuery(
    'MATCH (o:Organization) RETURN o.id AS id ORDER BY id',
    {},
    { database },
  );
  return {
    countries: countries.records.map((r) => ({
      iso3: r.get('iso3') as string,
      name: r.get('name') as string,
    })),
    leadersByCountry: new Map(
      leaders.records.map((r) => [r.get('iso3') as string, r.get('ids') as string[]]),
    ),
    organizations: organizations.records.map((r) => r.get('id') as string),
  };
}

const WRITE = `
UNWIND $rows AS r
MERGE (a:Article {id: r.id})
SET a.url = r.id, a.title = r.title, a.body = r.body, a.lang = 'en', a.publishedAt = datetime(r.publishedAt),
    a.ingestedAt = datetime(r.publishedAt), a.contentHash = r.id, a.authors = []
MERGE (o:Outlet {domain: r.outlet}) ON CREATE SET o.name = r.outlet
MERGE (a)-[:PUBLISHED_BY]->(o)
WITH a, r
CALL (a, r) {
  UNWIND r.countries AS iso3
  MATCH (c:Country {iso3: iso3})
  MERGE (a)-[m:MENTIONS]->(c) SET m.count = 1, m.spans = [0, 5], m.snippet = r.title
}
CALL (a, r) {
  UNWIND r.leaders AS id
  MATCH (l:Leader {id: id})
  MERGE (a)-[m:MENTIONS]->(l) SET m.count = 1, m.spans = [0, 5], m.snippet = r.title
}
CALL (a, r) {
  UNWIND r.organizations AS id
  MATCH (g:Organization {id: id})
  MERGE (a)-[m:MENTIONS]->(g) SET m.count = 1, m.spans = [0, 5], m.snippet = r.title
}
CALL (a, r) {
  MATCH (s:Country {iso3: r.event.source}), (t:Country {iso3: r.event.target})
  MERGE (e:Event {id: r.event.id})
  ON CREATE SET e.cameo = r.event.cameo, e.label = r.event.label, e.rootCode = substring(r.event.cameo, 0, 2),
    e.quadClass = r.event.quadClass, e.goldstein = r.event.goldstein, e.date = date(r.event.date), e.datePrecision = 'day'
  MERGE (a)-[rep:REPORTS]->(e)
  SET rep.sentence = r.title, rep.sentenceIndex = 0, rep.start = 0, rep.end = size(r.title), rep.confidence = 0.8
  MERGE (e)-[:ACTOR {role: 'source'}]->(s)
  MERGE (e)-[:ACTOR {role: 'target'}]->(t)
  MERGE (e)-[:IN]->(t)
}
`;

/** Writes articles 0..count-1 that are not there yet; returns how many the graph then holds. */
export async function ensureBenchGraph(
  driver: Driver,
  database: string,
  count: number,
  log: (line: string) => void,
): Promise<number> {
  const existing = await driver.executeQuery(
    'MATCH (a:Article) WHERE a.id STARTS WITH $site RETURN count(a) AS n',
    { site: SITE },
    { database },
  );
  const have = Number(existing.records[0]?.get('n') ?? 0);
  if (have >= count) return have;
  const ref = await reference(driver, database);
  if (ref.countries.length < 10)
    throw new Error('the bench needs the reference countries; run `newsgraph migrate` first');
  const next = random(42);
  const pickCountry = () =>
    ref.countries[Math.floor(ref.countries.length * next() ** 2.5)] ?? ref.countries[0];
  const started = performance.now();
  const BATCH = 1000;
  for (let from = 0; from < count; from += BATCH) {
    const rows = [];
    for (let n = from; n < Math.min(count, from + BATCH); n++) {
      const chosen = [
        ...new Map([pickCountry(), pickCountry(), pickCountry()].map((c) => [c?.iso3, c])).values(),
      ];
      const [first, second] = [chosen[0], chosen[1] ?? chosen[0]];
      if (!first || !second) continue;
      const day = new Date(Date.UTC(2023, 0, 1) + ((n * 37) % 730) * 86_400_000 + (n % 24) * 3_600_000);
      const leaders = ref.leadersByCountry.get(first.iso3) ?? [];
      const leader = next() < 0.5 ? leaders[Math.floor(next() * leaders.length)] : undefined;
      const organization =
        next() < 0.3 ? ref.organizations[Math.floor(next() * ref.organizations.length)] : undefined;
      const [cameo, label, quadClass, goldstein] = CAMEO[Math.floor(next() * CAMEO.length)] ??
        CAMEO[0] ?? ['042', '', 1, 0];
      const words = Array.from({ length: 12 }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ');
      const actors = [first.iso3, second.iso3].sort().join(',');
      rows.push({
        id: `${SITE}${n}`,
        title: `${first.name} and ${second.name}: ${words.split(' ').slice(0, 3).join(' ')}`,
        body: `${first.name} ${words}. ${chosen.map((c) => c?.name).join(', ')} ${words}.`,
        outlet: `outlet${n % 20}.bench.example`,
        publishedAt: day.toISOString(),
        countries: chosen.map((c) => c?.iso3),
        leaders: leader ? [leader] : [],
        organizations: organization ? [organization] : [],
        event: {
          id: `ev:${cameo}:${actors}:${day.toISOString().slice(0, 7)}`,
          cameo,
          label,
          quadClass: int(quadClass),
          goldstein,
          date: day.toISOString().slice(0, 10),
          source: first.iso3,
          target: second.iso3,
        },
      });
    }
    await driver.executeQuery(WRITE, { rows }, { database });
    log(`  wrote ${Math.min(count, from + BATCH)}/${count} articles`);
  }
  log(`  graph written in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return count;
}

export const BENCH_SITE = SITE;
