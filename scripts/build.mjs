#!/usr/bin/env node
// `npm run build`: compiles src/ to dist/ with tsc (tsconfig.build.json: relative `.ts` imports
// rewritten to `.js`) and copies the files src/ reads at run time that tsc does not emit (the
// PostgreSQL migrations). Compiled output of an earlier build is removed first, so a renamed
// source never leaves a stale module behind; the Teams app zip of `npm run package` is kept.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const src = path.join(root, 'src');
const dist = path.join(root, 'dist');

if (existsSync(dist)) {
  for (const entry of readdirSync(dist)) if (!entry.endsWith('.zip')) rmSync(path.join(dist, entry), { recursive: true, force: true });
}

const tsc = createRequire(path.join(root, 'package.json')).resolve('typescript/bin/tsc');
const compiled = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
if (compiled.status !== 0) process.exit(compiled.status ?? 1);

// Everything under src/ that is not TypeScript is data the code reads beside itself.
cpSync(src, dist, { recursive: true, filter: (from) => !from.endsWith('.ts') });
console.log(`built ${path.relative(root, dist)}/ — start with: npm run start:bot (node dist/main.js)`);
