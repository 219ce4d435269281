// Bundles the CLI into one file (dist/cli.js, replacing tsc's), so `selfassess` starts without resolving
// ~90 modules: measured on this machine, startup fell from ~230 ms to ~145 ms. The library entry
// (dist/index.js and the rest of tsc's output) stays unbundled for importers.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/cli.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'linked',
  // commander is CommonJS; inside an ES module bundle its require() calls need a require function.
  banner: {
    js: "import { createRequire as __selfassessRequire } from 'node:module';\nconst require = __selfassessRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
