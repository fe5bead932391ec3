import { readdirSync, readFileSync } from 'node:fs';
import type { ExtractInput, Extraction } from '../../../src/extract/index.js';
import { projectPath } from '../../../src/paths.js';

/** The sets a fixture's `.expected.json` pins down, each sorted. */
export interface Summary {
  lang: string;
  countries: string[];
  leaders: string[];
  organizations: string[];
  events: string[][];
  sanctions: string[][];
}

export interface Fixture {
  name: string;
  input: ExtractInput;
  expected: Summary;
}

const sortRows = (rows: string[][]) =>
  rows
    .sort((a, b) => a.join('|').localeCompare(b.join('|')))
    .filter((row, i, all) => i === 0 || row.join('|') !== all[i - 1]?.join('|'));

/** Reduces an extraction to exact sets: ids, and (cameo, source, target) / (imposedBy, target, regime) rows. */
export function summarize(extraction: Extraction): Summary {
  return {
    lang: extraction.lang,
    countries: extraction.countries.map((c) => c.iso3).sort(),
    leaders: extraction.leaders.map((l) => l.id).sort(),
    organizations: extraction.organizations.map((o) => o.id).sort(),
    events: sortRows(extraction.events.map((e) => [e.cameo, e.source.join('+'), e.target.join('+')])),
    sanctions: sortRows(extraction.sanctions.map((s) => [s.imposedBy ?? '', s.target, s.regime ?? ''])),
  };
}

/** Reads the team's own test articles: first line title, then a blank line, then the body. */
export function loadFixtures(): Fixture[] {
  const root = projectPath('tests', 'fixtures', 'articles');
  const fixtures: Fixture[] = [];
  for (const lang of readdirSync(root).sort()) {
    for (const file of readdirSync(`${root}/${lang}`).sort()) {
      if (!file.endsWith('.txt')) continue;
      const name = file.slice(0, -4);
      const text = readFileSync(`${root}/${lang}/${file}`, 'utf8');
      const [title = '', ...rest] = text.split('\n');
      const raw = JSON.parse(readFileSync(`${root}/${lang}/${name}.expected.json`, 'utf8')) as Summary & {
        publishedAt: string;
      };
      fixtures.push({
        name: `${lang}/${name}`,
        input: { title, body: rest.join('\n').replace(/^\n+/, ''), publishedAt: raw.publishedAt },
        expected: {
          lang: raw.lang,
          countries: [...raw.countries].sort(),
          leaders: [...raw.leaders].sort(),
          organizations: [...raw.organizations].sort(),
          events: sortRows(raw.events.map((row) => [...row])),
          sanctions: sortRows(raw.sanctions.map((row) => [...row])),
        },
      });
    }
  }
  return fixtures;
}
