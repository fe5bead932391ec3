import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ErrorCode, NewsgraphError } from '../errors.js';
import { projectPath } from '../paths.js';

/** A migration: `cypher/migrations/NNN-name.cypher`, one or more statements separated by `;`. */
export interface Migration {
  id: string;
  statements: string[];
  checksum: string;
}

/**
 * Loads every named query under `cypher/<area>/<name>.cypher` (migrations excluded) as
 * `area/name` → text, and checks that each name the code asks for exists and that no file
 * is left unused. A missing file fails the start, not the first request that needs it.
 */
export function loadQueries<Name extends string>(
  names: readonly Name[],
  root = projectPath('cypher'),
): Map<Name, string> {
  const found = new Map<string, string>();
  for (const file of walk(root)) {
    const rel = relative(root, file).split(sep).join('/');
    if (!rel.endsWith('.cypher') || rel.startsWith('migrations/')) continue;
    found.set(rel.slice(0, -'.cypher'.length), readFileSync(file, 'utf8').trim());
  }
  const missing = names.filter((name) => !found.has(name));
  if (missing.length > 0) {
    throw new NewsgraphError(
      ErrorCode.INTERNAL_SERVER_ERROR,
      `missing Cypher file(s): ${missing.map((name) => `cypher/${name}.cypher`).join(', ')}`,
    );
  }
  const wanted = new Set<string>(names);
  const unused = [...found.keys()].filter((name) => !wanted.has(name));
  if (unused.length > 0) {
    throw new NewsgraphError(
      ErrorCode.INTERNAL_SERVER_ERROR,
      `Cypher file(s) no code names: ${unused.map((name) => `cypher/${name}.cypher`).join(', ')}`,
    );
  }
  return new Map(names.map((name) => [name, found.get(name) ?? '']));
}

/** The migrations in the order of their number. */
export function loadMigrations(root = projectPath('cypher', 'migrations')): Migration[] {
  return readdirSync(root)
    .filter((file) => /^\d{3}-[a-z0-9-]+\.cypher$/.test(file))
    .sort()
    .map((file) => {
      const text = readFileSync(join(root, file), 'utf8');
      const statements = splitStatements(text);
      return { id: file.slice(0, -'.cypher'.length), statements, checksum: checksum(statements.join(';\n')) };
    });
}

/** Splits on `;` at the end of a line; comments (`//`) are dropped. Migration files hold no strings with `;`. */
export function splitStatements(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}

function checksum(text: string): string {
  // FNV-1a, enough to notice an edited migration; not a security boundary.
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}
