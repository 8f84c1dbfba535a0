// Bundles the extension client, the language server and the CLI, each into one file in out/,
// the preview webview's script with Mermaid for the browser, the same charts for the exported HTML
// pages, and the editor test suite (out/e2e/, never packaged). Copies Mermaid's own bundle, which
// the preview benchmark draws with alone. `--production` minifies; `--watch` rebuilds on change.
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

// Langium's modules import the CommonJS package 'vscode-languageserver' from some twenty files, and
// esbuild wraps it anew for each of them, copying its hundreds of exports every time: a few
// milliseconds of every `proj` command's start. Routed through one ES module, it is wrapped once.
const languageServerWrappedOnce = {
    name: 'language-server-wrapped-once',
    setup(build) {
        build.onResolve({ filter: /^vscode-languageserver$/ }, () => ({ path: 'vscode-languageserver', namespace: 'wrapped-once' }));
        build.onLoad({ filter: /.*/, namespace: 'wrapped-once' }, () => ({
            contents: "export * from 'vscode-languageserver/lib/node/main.js';",
            resolveDir: process.cwd(),
        }));
    },
};

const bundles = [
    { entryPoints: { extension: 'client/src/extension.ts' }, external: ['vscode'] },
    { entryPoints: { server: 'server/src/main.ts' } },
    // playwright-core (for `--format svg`) and date-holidays (for `holidays GB-ENG`, half the bundle
    // otherwise) are dependencies, loaded from node_modules only when asked for. bin/proj.js runs
    // the bundle from V8's code cache, where an `import()` has no loader: each becomes a `require`.
    // Minified: a short command reads and loads the whole bundle at every start (`proj check` in a git hook).
    {
        entryPoints: { cli: 'cli/src/main.ts' },
        banner: { js: '#!/usr/bin/env node' },
        external: ['playwright-core', 'date-holidays'],
        supported: { 'dynamic-import': false },
        minify: true,
        plugins: [languageServerWrappedOnce],
    },
    // `proj trend` reads a plan's versions in worker threads, each running this bundle.
    { entryPoints: { 'plan-reader-worker': 'language/src/history/plan-reader-worker.ts' } },
];

// The extension host loads the suite's index, which has Mocha load each test file.
const e2eSuite = 'test/e2e/suite';
bundles.push({
    entryPoints: Object.fromEntries(readdirSync(e2eSuite)
        .filter(name => name === 'index.ts' || name.endsWith('.e2e.ts'))
        .map(name => [name.replace(/\.ts$/, ''), `${e2eSuite}/${name}`])),
    outdir: 'out/e2e',
    external: ['vscode', 'mocha'],
});

const nodeContexts = bundles.map(bundle => esbuild.context({
    outdir: 'out',
    outExtension: { '.js': '.cjs' },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    sourcemap: !production,
    minify: production,
    ...bundle,
    // The language skips Chevrotain's grammar self-checks in the bundles (proj-module.ts).
    define: { 'process.env.PROJ_BUNDLED': '"true"' },
    logLevel: 'warning',
}));

// Mermaid loads each diagram type, its layouts and KaTeX (maths in labels) on first use; bundled
// into one IIFE, all of them would ride along. The exported pages draw only a Gantt chart and a
// flowchart, and Proj's texts never hold maths (mermaidText writes `$` as an entity): every other
// part Mermaid would load is left out of charts.js (a quarter of the size), and says so if asked for.
const EXPORTED_DIAGRAMS = /^(ganttDiagram|flowDiagram|dagre|sizeCapture|chunk)-/;
const onlyExportedDiagrams = {
    name: 'only-exported-diagrams',
    setup(build) {
        build.onResolve({ filter: /^(\.\/chunks\/mermaid\.core\/|\.\/)[\w-]+\.mjs$|^katex$/ }, args => {
            if (!/[\\/]node_modules[\\/]mermaid[\\/]/.test(args.importer)) {
                return undefined;
            }
            const name = args.path.split('/').pop();
            return EXPORTED_DIAGRAMS.test(name) ? undefined : { path: name, namespace: 'left-out' };
        });
        build.onLoad({ filter: /.*/, namespace: 'left-out' }, args => ({
            contents: `throw new Error(${JSON.stringify(`${args.path} is not in the exported pages' renderer (esbuild.mjs)`)});`,
        }));
    },
};

// The webview runs in VS Code's browser: one IIFE with Mermaid inside, loaded under a strict CSP.
// The exported pages inline the same renderer (charts.js), so that they draw the same pictures.
const browserBundle = (entryPoints, { inlined }) => esbuild.context({
    plugins: inlined ? [onlyExportedDiagrams] : [],
    entryPoints,
    outdir: 'out',
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    // The pages' renderer is written into every exported page: always as small as it gets.
    sourcemap: !production && !inlined,
    minify: production || inlined,
    logLevel: 'warning',
});
const browserContexts = [
    browserBundle({ webview: 'client/webview/preview-app.ts' }, { inlined: false }),
    browserBundle({ charts: 'client/webview/export-page.ts' }, { inlined: true }),
];

const contexts = await Promise.all([...nodeContexts, ...browserContexts]);

mkdirSync('out', { recursive: true });
copyFileSync('node_modules/mermaid/dist/mermaid.min.js', 'out/mermaid.min.js');

if (watch) {
    await Promise.all(contexts.map(context => context.watch()));
} else {
    await Promise.all(contexts.map(async context => {
        await context.rebuild();
        await context.dispose();
    }));
}
