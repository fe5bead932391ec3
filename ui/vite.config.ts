import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

// The explorer and the GraphQL IDE are two pages of one build, served by `newsgraph serve`
// from ui/dist under /explore/ (the IDE's page is answered at GET /graphql for browsers).
// Everything is bundled: no CDN, no font or script from elsewhere.
export const config = defineConfig({
  root: here('.'),
  base: '/explore/',
  publicDir: false,
  build: {
    outDir: here('dist'),
    emptyOutDir: true,
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 4096,
    rollupOptions: {
      input: { explore: here('index.html'), graphiql: here('graphiql.html') },
      // React libraries' "use client" directives mean nothing in a browser bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000' } },
});

// biome-ignore lint/style/noDefaultExport: Vite reads the config from the default export.
export default config;
