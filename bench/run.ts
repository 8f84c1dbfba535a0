// `npm run bench`: the speed figures of the planning engine, schedule risk analysis, the language
// pipeline, the language server (diagnostics, completion and hover), a programme of linked plans
// (engine and language server), whole `proj` commands from a fresh process, `proj trend` over a
// long git history beside `git log` alone, the weight of the exported HTML pages, the preview and,
// where TaskJuggler is installed, tj3 on the same plans.
import { join } from 'node:path';
import { benchCommands } from './command-bench.js';
import { benchEditor } from './editor-bench.js';
import { benchEngine } from './engine-bench.js';
import { benchLanguage } from './language-bench.js';
import { benchHistory } from './history-bench.js';
import { benchLevelling } from './levelling-bench.js';
import { benchPageSizes } from './page-size-bench.js';
import { benchPeer } from './peer-bench.js';
import { benchPreview } from './preview-bench.js';
import { benchProgramme } from './programme-bench.js';
import { benchRisk } from './risk-bench.js';
import { openPreview } from '../test/preview/support/preview-page.js';
import { benchServer } from './server-bench.js';

async function main(): Promise<void> {
    const root = join(__dirname, '..');
    console.log(`Proj benchmarks on Node ${process.version}; median of several runs after a warm-up.\n`);
    await benchEngine();
    console.log();
    await benchLevelling();
    console.log();
    await benchRisk();
    console.log();
    await benchLanguage();
    await benchServer(root);
    await benchEditor(root);
    console.log();
    await benchProgramme(root);
    console.log();
    await benchCommands(root);
    await benchPeer(root);
    console.log();
    await benchHistory(root);
    console.log();
    benchPageSizes(root);
    console.log();
    await benchPreview(root, async browser => (await openPreview(browser)).page);
}

main().catch(error => {
    console.error(error);
    process.exit(1);
});
