#!/usr/bin/env node
// `langium generate`, with one of Langium's grammar checks left out on purpose (`npm run langium:generate`).
// Takes langium-cli's options: `--mode production`, `--watch`, `--file langium-config.json`.
//
// Langium warns "Found multiple assignments to 'owner' with the '=' assignment operator" for each
// property of a block written `( 'owner' owner=… | 'status' status=… )*`: written twice, the
// first value is lost. That is Proj's design: a block's properties come in any order, each once,
// and a second one is reported on the plan, where the user sees it ("The owner is given again on
// line 9; this value is ignored.", checkPropertiesGivenOnce), rather than on the grammar, where
// only its authors would. `+=` would make every such property a list in the AST for no gain.
// test/language/grammar-build.test.ts runs Langium's check on the grammar still, and fails if a
// rule it warns about is not one that checkPropertiesGivenOnce validates.
import { LangiumGrammarValidator } from 'langium/grammar';

LangiumGrammarValidator.prototype.checkOperatorMultiplicitiesForMultiAssignments = () => {};

const options = {};
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].split('=', 2);
    if (flag === '--watch' || flag === '-w') {
        options.watch = true;
    } else if (['--mode', '-m', '--file', '-f'].includes(flag)) {
        options[flag.replace(/^-+/, '').replace(/^m$/, 'mode').replace(/^f$/, 'file')] = inline ?? args[++i];
    } else {
        console.error(`langium-generate: unknown option ${args[i]}`);
        process.exit(2);
    }
}

// Imported after the change above: langium-cli registers the grammar checks when it loads.
const { generate } = await import('langium-cli');
process.exit(await generate(options) ? 0 : 2);
