import { fileURLToPath } from 'node:url';

/**
 * The project root. This file sits directly under `src/` (and, compiled, under `dist/`),
 * so one level up is the root in both cases; schema/, cypher/, data/ and tools/ are read
 * from there rather than from the working directory, so the CLI works from any folder.
 */
export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

export function projectPath(...segments: string[]): string {
  return [PROJECT_ROOT.replace(/\/$/, ''), ...segments].join('/');
}
