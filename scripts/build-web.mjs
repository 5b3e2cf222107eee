#!/usr/bin/env node
// `npm run build:web`: bundles the dashboard tab (web/) with esbuild into dist/web/, served by the
// bot at /tab. Chained after the server build in `npm run build`, which empties dist/ first.
import { build } from 'esbuild';
import { cpSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'dist/web');
mkdirSync(out, { recursive: true });
await build({
  entryPoints: [path.join(root, 'web/src/tab.ts')],
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  outfile: path.join(out, 'tab.js'),
  logLevel: 'warning',
  legalComments: 'linked',
});
for (const file of ['index.html', 'tab.css']) cpSync(path.join(root, 'web', file), path.join(out, file));
console.log(`built ${path.relative(root, out)}/ — served at /tab`);
