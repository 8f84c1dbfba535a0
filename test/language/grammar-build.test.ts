// The grammar builds quietly, and what Langium would warn about is Proj's design, checked instead.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { EmptyFileSystem, GrammarAST } from 'langium';
import { createLangiumGrammarServices } from 'langium/grammar';
import { describe, expect, test } from 'vitest';
import { ProjGrammar } from '../../language/src/generated/grammar.js';
import { createProjServices } from '../../language/src/proj-module.js';
import { checkPropertiesGivenOnce } from '../../language/src/validation/identity-checks.js';
import { projChecks, registerAndScopeChecks } from '../../language/src/validation/proj-validator.js';
import { repoRoot } from '../cli/support/proj-command.js';

describe('building the grammar', () => {
    test('`npm run langium:generate` prints no warnings', () => {
        // Generated into a scratch folder, so that the tests running beside this one keep theirs.
        const scratch = mkdtempSync(path.join(tmpdir(), 'proj-grammar-'));
        try {
            const config = path.join(scratch, 'langium-config.json');
            writeFileSync(config, JSON.stringify({
                projectName: 'Proj',
                languages: [{ id: 'proj', grammar: path.join(repoRoot, 'language', 'src', 'proj.langium'), fileExtensions: ['.proj'] }],
                out: path.join(scratch, 'generated'),
            }));
            const run = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'langium-generate.mjs'), '--file', config], { encoding: 'utf-8' });
            expect(run.stderr).toBe('');
            expect(run.stdout).not.toMatch(/Found|warn/i);
            expect(run.stdout).toMatch(/Langium generator finished successfully/);
            expect(run.status).toBe(0);
        } finally {
            rmSync(scratch, { recursive: true, force: true });
        }
    }, 60_000);

    test('each rule whose properties Langium sees assigned more than once is one that warns when a plan gives a property twice', () => {
        // Langium's own check, on the grammar as generated: the rules where `p=...` sits in a repeated group.
        const validator = createLangiumGrammarServices(EmptyFileSystem).grammar.validation.LangiumGrammarValidator;
        const repeated = ProjGrammar().rules
            .filter(GrammarAST.isParserRule)
            .filter(rule => {
                let warned = false;
                validator.checkOperatorMultiplicitiesForMultiAssignments(rule, () => { warned = true; });
                return warned;
            })
            .map(rule => rule.name);
        expect(repeated).toContain('Task');

        const services = createProjServices(EmptyFileSystem).Proj;
        const checked = new Set<string>();
        for (const checks of [projChecks(services), registerAndScopeChecks()]) {
            for (const [type, check] of Object.entries(checks)) {
                if ([check].flat().includes(checkPropertiesGivenOnce)) {
                    checked.add(type);
                }
            }
        }
        expect(repeated.filter(rule => !checked.has(rule))).toEqual([]);
    });
});
