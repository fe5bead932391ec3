#!/usr/bin/env node
// The installed command. The TypeScript is compiled to dist/ by `npm ci` (the `prepare`
// script), so this stays a plain ESM file with no loader.
import { main } from '../dist/cli.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`newsgraph: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
