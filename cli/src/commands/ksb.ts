import { Option, type Command } from 'commander';
import { isProject, type Standard } from '../../../language/src/generated/ast.js';
import { ksbCoverage } from '../../../language/src/engine/ksb-coverage.js';
import { builtinStandard, catalogueOf, dutyMappingsOnto, ksbEvidenceOf, standardsLinkedFrom, workspaceStandards } from '../../../language/src/planning/ksb-evidence.js';
import { planFactsOf } from '../../../language/src/planning/plan-facts.js';
import { ExitCode, UsageError } from '../cli-error.js';
import { emitDocument } from '../command-output.js';
import { collectDiagnostics, formatDiagnosticLine } from '../format-diagnostics.js';
import { formatKsbCsv, formatKsbMarkdown, formatKsbTable, KSB_CSV_COLUMNS, type KsbMatrix } from '../format-ksb.js';
import { loadWorkspace, type CliServices } from '../load-workspace.js';
import type { CommandIo } from '../command-io.js';

export type KsbFormat = 'table' | 'markdown' | 'csv';

export interface KsbOptions {
    readonly format: KsbFormat;
    /** The standard to map; by default the one the plans link to, else the built-in ST0310. */
    readonly standard?: string;
    /** The file to write, instead of standard output. */
    readonly output?: string;
}

const HELP_AFTER = `
Every plan in the files and folders given counts: an apprentice's portfolio is several plans.
Each duty of the standard comes with its verdict (evidenced, partly evidenced, not evidenced):
for ST0310, the practice the plans show (a schedule with milestones and a critical path, scored
risks with owners...), '✓' for each rule shown. Then its KSBs (the standard's table, Proj's
reading of the duties the table leaves empty, and any 'standard' of yours whose 'duty D5 { ksb
K21 }' maps them), each with the elements whose 'ksb' links evidence it; '—' marks a gap. KSBs
no duty maps come last, by kind.

  --format table     per duty, its practice and a table of its KSBs, a line per piece of
                     evidence; the summaries last
  --format markdown  a heading per duty, its practice with the reason for each rule, and a
                     table of its KSBs, a row per KSB: for an evidence annex
  --format csv       a row per KSB and piece of evidence, in the standard's order; a gap is
                     one row with covered=false and the evidence columns empty. Columns:
                     ${KSB_CSV_COLUMNS.join(',')}
                     (duties space-separated, as D1 D2 D9; a title a spreadsheet would take
                     for a formula is led by an apostrophe)

Exit code 0: the matrix is printed (gaps are not errors); 1: a plan has errors; 2: bad usage.

Examples:
  proj ksb portfolio/
  proj ksb portfolio/ --format markdown -o annex/ksb-coverage.md
  proj ksb a.proj b.proj --format csv > coverage.csv`;

/** `proj ksb <paths...>`: the coverage matrix of the apprenticeship standard across plans. */
export function registerKsbCommand(program: Command, io: CommandIo): void {
    program
        .command('ksb')
        .description('Duty and KSB coverage across plans: for every duty of the standard (ST0310 built in, or the one the plans link to), whether the plans evidence it and by what; for every knowledge, skill and behaviour, the plan elements that evidence it, grouped by duty, gaps marked.')
        .argument('<paths...>', '.proj files or folders (searched for .proj files); every plan in them counts')
        .addOption(new Option('--format <format>', 'output format').choices(['table', 'markdown', 'csv']).default('table'))
        .option('--standard <id>', 'the standard to map (default: the one the plans link to, else ST0310)')
        .option('-o, --output <path>', 'write to this file (folders are made as needed) instead of standard output')
        .addHelpText('after', HELP_AFTER)
        .action(async (paths: string[], options: KsbOptions) => {
            io.setExitCode(await ksb(paths, options, io));
        });
}

/**
 * Maps the evidence of every project in `paths` onto the standard. Returns the exit code: 1 if a
 * plan has errors (they are printed), else 0. No project in the paths, or an unknown or ambiguous
 * standard, is a {@link UsageError}.
 */
export async function ksb(paths: readonly string[], options: KsbOptions, io: CommandIo): Promise<number> {
    const { services, files } = await loadWorkspace(paths, { validation: true });

    const errors = collectDiagnostics(files).diagnostics.filter(diagnostic => diagnostic.severity === 'error');
    if (errors.length > 0) {
        for (const diagnostic of errors) {
            io.err(formatDiagnosticLine(diagnostic));
        }
        const broken = [...new Set(errors.map(diagnostic => diagnostic.file))];
        io.err(`proj: ${broken.join(', ')} ${broken.length === 1 ? 'has' : 'have'} errors; fix them to map their KSB coverage.`);
        return ExitCode.Failure;
    }

    const projects = files.flatMap(file => file.document.parseResult.value.elements.filter(isProject).map(project => ({ project, file })));
    if (projects.length === 0) {
        throw new UsageError(`${paths.join(', ')}: no project; KSB coverage is of the evidence in plans.`);
    }
    const standard = chooseStandard(services, projects.flatMap(({ project }) => standardsLinkedFrom(project)), options.standard);
    const evidence = projects.flatMap(({ project, file }) => ksbEvidenceOf(project, file.displayPath, standard));
    const matrix: KsbMatrix = {
        coverage: ksbCoverage(catalogueOf(standard), evidence, {
            facts: projects.map(({ project, file }) => ({ project: project.name, file: file.displayPath, facts: planFactsOf(project) })),
            mappings: dutyMappingsOnto(standard, workspaceStandards(services.shared.workspace.LangiumDocuments)),
        }),
        plans: projects.map(({ project, file }) => ({ project: project.name, title: project.title, file: file.displayPath })),
    };

    switch (options.format) {
        case 'markdown':
            await emitDocument(formatKsbMarkdown(matrix), options.output, io);
            break;
        case 'csv':
            await emitDocument(formatKsbCsv(matrix), options.output, io);
            break;
        default:
            await emitDocument(formatKsbTable(matrix).join('\n'), options.output, io);
    }
    return ExitCode.Ok;
}

/** `--standard`, else the one standard the plans link to, else the built-in ST0310. */
function chooseStandard(services: CliServices, linked: readonly Standard[], id: string | undefined): Standard {
    const builtin = builtinStandard(services.shared.workspace.LangiumDocuments);
    if (id !== undefined) {
        const known = workspaceStandards(services.shared.workspace.LangiumDocuments);
        const chosen = known.find(standard => standard.name === id);
        if (!chosen) {
            throw new UsageError(`no standard '${id}'; the standards known are ${[...new Set(known.map(standard => `'${standard.name}'`))].join(', ')}.`);
        }
        return chosen;
    }
    const distinct = [...new Set(linked)];
    if (distinct.length > 1) {
        throw new UsageError(`the plans link to several standards (${distinct.map(standard => `'${standard.name}'`).join(', ')}): choose one with --standard <id>.`);
    }
    const standard = distinct[0] ?? builtin;
    if (!standard) {
        throw new Error('the built-in standard ST0310 is missing');
    }
    return standard;
}
