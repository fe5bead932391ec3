#!/usr/bin/env node
// The installed command. The TypeScript is compiled to dist/ by `npm ci` (the `prepare`
// script), so this stays a plain ESM file with no loader.
//
// graphql-js picks its checks when it is first imported: outside production it verifies on
// every value that only one copy of graphql is loaded, which costs more than a field's
// execution. The command is the production entry point (the Docker image sets the same), so
// NODE_ENV defaults to production here, before anything imports graphql; a value set by
// the user is kept.
process.env.NODE_ENV ??= 'production';
const { main } = await import('../dist/cli.js');

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`newsgraph: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
