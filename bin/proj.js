#!/usr/bin/env node
// The `proj` command: runs the bundled CLI (built by `npm run build`, which `npm install` runs).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const bundle = new URL('../out/cli.cjs', import.meta.url);
if (!existsSync(bundle)) {
    console.error('proj: the CLI is not built yet; run `npm run build` in the Proj folder.');
    process.exit(2);
}
createRequire(import.meta.url)(bundle.pathname);
