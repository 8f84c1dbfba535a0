import { Option, type Command } from 'commander';
import { ganttChart } from '../../../language/src/engine/mermaid/gantt-chart.js';
import { elsewhereWorkOf } from '../../../language/src/planning/elsewhere-work.js';
import { networkChart } from '../../../language/src/engine/mermaid/network-chart.js';
import { planMarkdown } from '../../../language/src/engine/mermaid/plan-markdown.js';
import { ExitCode, UsageError } from '../cli-error.js';
import { emitDocument, readChartRenderer } from '../command-output.js';
import { chartSvgFromPage, type ExportTheme } from '../chart-browser.js';
import { planHtml } from '../export-html.js';
import { loadProjectSchedule } from '../scheduled-project.js';
import { version } from '../version.js';
import type { CommandIo } from '../command-io.js';

export type ExportFormat = 'mermaid' | 'markdown' | 'html' | 'svg' | 'mspdi' | 'ics';
export type ExportChart = 'gantt' | 'network';

export interface ExportOptions {
    readonly format: ExportFormat;
    /** The chart `--format mermaid` or `svg` gives; the Gantt chart when not set. */
    readonly chart?: ExportChart;
    /** The colours of `--format svg`. */
    readonly theme?: ExportTheme;
    /** The file to write, instead of standard output. */
    readonly output?: string;
    /** The id of the project to export; needed only when the file holds several. */
    readonly project?: string;
    /** The git revision whose dates the HTML and SVG Gantt draw as baseline bars (and MS Project XML writes as Baseline 0), instead of the project's first baseline. */
    readonly baseline?: string;
    /** `--format ics`: tasks as well as milestones. */
    readonly tasks?: boolean;
}

/** `proj export <file>`: a project of a plan as Mermaid, Markdown, a self-contained HTML page, MS Project XML or iCalendar. */
export function registerExportCommand(program: Command, io: CommandIo): void {
    program
        .command('export')
        .description('Export a project of a plan: its charts as Mermaid or SVG, a Markdown report, an HTML page that works offline, MS Project XML (mspdi) or its milestones as iCalendar events (ics).')
        .argument('<file>', 'the .proj file (the plans next to it are loaded too, for references)')
        .addOption(new Option('--format <format>', 'output format (svg draws in the machine\'s Chromium or Chrome, or PROJ_CHROMIUM)').choices(['mermaid', 'markdown', 'html', 'svg', 'mspdi', 'ics']).makeOptionMandatory())
        .addOption(new Option('--chart <chart>', 'the chart --format mermaid or svg gives (default: gantt)').choices(['gantt', 'network']))
        .addOption(new Option('--theme <theme>', 'the colours of --format svg (default: light)').choices(['light', 'dark']))
        .option('-o, --output <path>', 'write to this file (folders are made as needed) instead of standard output')
        .option('--project <id>', 'the project to export, when the file holds several')
        .option('--baseline <revision>', 'the git revision (tag, branch, commit) whose dates the HTML and SVG Gantt draw as baseline bars (and --format mspdi writes as Baseline 0), instead of the project\'s first `baseline`')
        .option('--tasks', 'with --format ics: the tasks as events too, not only the milestones')
        .action(async (file: string, options: ExportOptions) => {
            io.setExitCode(await exportProject(file, options, io));
        });
}

/**
 * Exports one project of `file` to standard output or to `--output`. Returns the exit code, as
 * `proj schedule` does: 1 if the file has errors or the project cannot be scheduled, else 0.
 * Mistakes in the arguments, and a file that cannot be written, are {@link UsageError}s.
 */
export async function exportProject(file: string, options: ExportOptions, io: CommandIo): Promise<number> {
    if (options.chart !== undefined && options.format !== 'mermaid' && options.format !== 'svg') {
        throw new UsageError(`--chart applies to --format mermaid and svg only; --format ${options.format} holds both charts.`);
    }
    if (options.theme !== undefined && options.format !== 'svg') {
        throw new UsageError(`--theme applies to --format svg only.`);
    }
    if (options.tasks && options.format !== 'ics') {
        throw new UsageError(`--tasks applies to --format ics only.`);
    }
    const loaded = await loadProjectSchedule(file, options.project, 'export', io, { baseline: options.baseline });
    if (loaded === ExitCode.Failure) {
        return loaded;
    }
    const { project, plan, schedule } = loaded;
    const elsewhere = () => elsewhereWorkOf(project, loaded.services.Proj.planning.ProjectSchedules, loaded.services.Proj.planning.Programmes);

    let text: string;
    switch (options.format) {
        case 'mermaid':
            if (options.chart === 'network') {
                const network = networkChart(plan, schedule);
                if (network.notice) {
                    io.err(`proj: note: ${network.notice}`);
                }
                text = network.mermaid;
            } else {
                // Text to paste where any Mermaid draws it: GitHub's, GitLab's, older ones.
                text = ganttChart(plan, schedule, { collapseAbove: Infinity, statusMarker: 'milestone' }).mermaid;
            }
            break;
        case 'markdown':
            text = planMarkdown(plan, schedule, project.title);
            break;
        case 'html':
            text = planHtml(plan, schedule, { title: project.title, baseline: loaded.baseline, elsewhere: elsewhere(), renderer: await readChartRenderer(), generator: `proj ${version}` });
            break;
        case 'mspdi': {
            // Loaded only for this format, with its XML library, as playwright-core for svg.
            const [{ mspdiOf }, { interchangePlanOf }] = await Promise.all([
                import('../../../language/src/interchange/mspdi-writer.js'),
                import('../../../language/src/planning/interchange-from-ast.js'),
            ]);
            const baseline = loaded.baseline && new Map(loaded.baseline.items.map(item => [item.id, { start: item.baselineStart, finish: item.baselineFinish }]));
            const document = mspdiOf(interchangePlanOf(project, plan, baseline), schedule);
            for (const note of document.notes) {
                io.err(`proj: note: ${note}`);
            }
            text = document.xml;
            break;
        }
        case 'ics': {
            const { icsOf } = await import('../../../language/src/interchange/ics-writer.js');
            text = icsOf(plan, schedule, { tasks: options.tasks });
            break;
        }
        case 'svg': {
            // The very picture of the HTML export (and of the preview), read back from a browser.
            const page = planHtml(plan, schedule, { title: project.title, baseline: loaded.baseline, elsewhere: elsewhere(), renderer: await readChartRenderer(), generator: `proj ${version}` });
            text = await chartSvgFromPage(page, options.chart ?? 'gantt', options.theme ?? 'light');
            break;
        }
    }
    await emitDocument(text, options.output, io);
    return ExitCode.Ok;
}
