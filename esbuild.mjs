// Bundles the extension client, the language server and the CLI, each into one file in out/.
// `--production` minifies; `--watch` rebuilds on change.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const bundles = [
    { entryPoints: { extension: 'client/src/extension.ts' }, external: ['vscode'] },
    { entryPoints: { server: 'server/src/main.ts' } },
    { entryPoints: { cli: 'cli/src/main.ts' }, banner: { js: '#!/usr/bin/env node' } },
];

const contexts = await Promise.all(bundles.map(bundle => esbuild.context({
    ...bundle,
    outdir: 'out',
    outExtension: { '.js': '.cjs' },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    sourcemap: !production,
    minify: production,
    logLevel: 'warning',
})));

if (watch) {
    await Promise.all(contexts.map(context => context.watch()));
} else {
    await Promise.all(contexts.map(async context => {
        await context.rebuild();
        await context.dispose();
    }));
}
