import { Option, type Command } from 'commander';
import { URI } from 'langium';
import { GitError } from '../../../language/src/history/git-repository.js';
import { PlanHistoryError } from '../../../language/src/history/plan-history.js';
import { bundledVersionReader, planHistoryView } from '../../../language/src/history/plan-history-view.js';
import { ExitCode, UsageError } from '../cli-error.js';
import { emitDocument } from '../command-output.js';
import { formatTrendJson, formatTrendTable } from '../format-trend.js';
import { loadWorkspace } from '../load-workspace.js';
import { checkNotFolder, chooseProject } from '../scheduled-project.js';
import { trendHtml } from '../trend-html.js';
import { trendMarkdown } from '../trend-markdown.js';
import { shallowText, type TrendDocument } from '../../../language/src/engine/trend-text.js';
import { version } from '../version.js';
import type { CommandIo } from '../command-io.js';

export type TrendFormat = 'table' | 'json' | 'markdown' | 'html';

/** The trend in each format, as one text. */
const WRITERS: Readonly<Record<TrendFormat, (document: TrendDocument) => string>> = {
    table: document => formatTrendTable(document).join('\n'),
    json: formatTrendJson,
    markdown: trendMarkdown,
    html: document => trendHtml(document, { generator: `proj ${version}` }),
};

export interface TrendOptions {
    readonly format: TrendFormat;
    /** From the plan as it was at this revision on. */
    readonly since?: string;
    readonly project?: string;
    /** The file to write, instead of standard output. */
    readonly output?: string;
}

const HELP_AFTER = `
A row per commit that changed the plan (following renames; merges included), oldest first: the
commit's date, the forecast finish, its variance in working days, SPI, CPI and EAC at that
version's status date, and the open risks' exposure (their scores added up). The variance is
counted from the baseline the plan names ('baseline "v1"') when that version is in the trend,
else from the oldest version measured; the output says which. A commit whose plan had errors or
could not be scheduled keeps its row, marked, with the reason.

--since REV starts from the plan as it was at REV. Markdown renders on GitHub (Mermaid charts
of the forecast finish and the indices, and the table); HTML is one page that works offline.

Exit code 0: the trend is written; 2: bad usage, the plan is not in git, or git knows no REV.

Examples:
  proj trend plans/office-move.proj
  proj trend plans/office-move.proj --since v1-approved --format markdown > trend.md`;

/** `proj trend <file>`: the plan's forecast finish, indices and risk over its git history. */
export function registerTrendCommand(program: Command, io: CommandIo): void {
    program
        .command('trend')
        .description('The plan over its git history: per commit, the forecast finish and its variance, SPI, CPI, EAC and risk exposure, as a table, JSON, Markdown or an HTML page.')
        .argument('<file>', 'the .proj file, in a git repository')
        .option('--since <rev>', 'start from the plan as it was at this git revision (tag, branch, commit)')
        .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'markdown', 'html']).default('table'))
        .option('--project <id>', 'the project to follow, when the file holds several')
        .option('-o, --output <path>', 'write to this file (folders are made as needed) instead of standard output')
        .addHelpText('after', HELP_AFTER)
        .action(async (file: string, options: TrendOptions) => {
            io.setExitCode(await trend(file, options, io));
        });
}

/** Writes the trend of one project of `file` over its git history. Returns the exit code. */
export async function trend(file: string, options: TrendOptions, io: CommandIo): Promise<number> {
    await checkNotFolder(file, 'trend');
    // The plan as it is now names the project to follow and its baseline; its history is read apart.
    const { services, files } = await loadWorkspace([file], { validation: false });
    const project = chooseProject(files[0], options.project, 'trace');
    const document: TrendDocument = await planHistoryView(files[0].absolutePath, {
        // The build puts the worker's bundle beside the CLI's (out/); run from source, there is none.
        reader: bundledVersionReader(__dirname),
        project: { id: project.name, title: project.title, currency: project.currency },
        since: options.since, baseline: project.baselines[0]?.revision,
        linked: services.Proj.planning.Programmes.linkedFiles(project).map(uri => URI.parse(uri).fsPath),
    }).catch((error: unknown) => {
        throw error instanceof PlanHistoryError || error instanceof GitError ? new UsageError(`${files[0].displayPath}: ${error.message}`) : error;
    });
    const shallow = shallowText(document);
    if (shallow) {
        io.err(`proj: warning: ${shallow}`);
    }
    await emitDocument(WRITERS[options.format](document), options.output, io);
    return ExitCode.Ok;
}
