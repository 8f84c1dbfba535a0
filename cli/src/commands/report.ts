import { Option, type Command } from 'commander';
import { statusReportOf } from '../../../language/src/engine/status-report.js';
import { builtinStandard } from '../../../language/src/planning/ksb-evidence.js';
import { ksbViewOf } from '../../../language/src/preview/register-views.js';
import { registersInputOf } from '../../../language/src/planning/registers-from-ast.js';
import { hasScheduleUncertainty, scheduleRiskInputsOf } from '../../../language/src/planning/schedule-risk-from-ast.js';
import { ExitCode } from '../cli-error.js';
import { emitDocument, readChartRenderer } from '../command-output.js';
import { reportHtml } from '../report-html.js';
import { reportMarkdown } from '../report-markdown.js';
import { simulationOptions } from '../simulation-options.js';
import { loadProjectSchedule } from '../scheduled-project.js';
import { version } from '../version.js';
import type { CommandIo } from '../command-io.js';

export type ReportFormat = 'markdown' | 'html';

export interface ReportOptions {
    readonly format: ReportFormat;
    /** The file to write, instead of standard output. */
    readonly output?: string;
    /** The id of the project to report on; needed only when the file holds several. */
    readonly project?: string;
    /** The git revision to report against, instead of the project's first baseline. */
    readonly baseline?: string;
    /** The schedule risk analysis's iterations and seed. */
    readonly iterations?: number;
    readonly seed?: number;
}

/**
 * The iterations of the report's schedule risk line: the chances to about a percent, in a fraction
 * of a second for a large plan (proj risk runs more, and says more).
 */
export const REPORT_ITERATIONS = 2_000;

const HELP_AFTER = `
The report, as of the project's status date:
  - a RAG summary: schedule (SPI against the plan's 'tolerance', missed dates), cost (CPI
    against its tolerance, and the forecast at completion against the budget and its reserve,
    saying which drove it), risks (the highest risk's band) and overall (the worst), each
    explained in words
  - how sure the finish is, when the plan has uncertainty (three-point estimates, ranges, risks
    with a delay): the P80 finish and the chances of the planned finish and the deadline, from
    the Monte Carlo analysis of 'proj risk' (2,000 iterations and its default seed, unless
    --iterations and --seed say)
  - milestones, planned and forecast, done, on track or at risk; the Gantt chart
  - earned value of the project and its phases (BAC, PV, EV, AC, SV, CV, SPI, CPI, EAC, VAC)
  - the five highest risks (owner, response, proximity, whether they hit the critical path)
  - open issues and their escalation; change requests, pending and approved, and what the
    approved ones add to the baseline; quality checks; KPIs met or missed; lessons by category
  - KSB coverage: how many KSBs the plan evidences, and the gaps
  - an annex with every register in full, as 'proj register' prints them

Markdown renders on GitHub (the Gantt chart as a \`\`\`mermaid block); HTML is one page that
works offline (Mermaid inlined, strict content security policy).

Exit code 0: the report is written; 1: the plan has errors or cannot be scheduled; 2: bad usage.

Examples:
  proj report plans/office-move.proj > status.md
  proj report plans/office-move.proj --format html -o reports/2027-03-15.html`;

/** `proj report <file>`: a status report for the project board. */
export function registerReportCommand(program: Command, io: CommandIo): void {
    const [iterations, seed] = simulationOptions(REPORT_ITERATIONS);
    program
        .command('report')
        .description('A status report for the project board: RAG summary, milestones, earned value, risks, issues, changes, quality, KPIs, lessons, KSB coverage, the Gantt chart and the registers in full, as Markdown or an HTML page that works offline.')
        .argument('<file>', 'the .proj file (the plans next to it are loaded too, for references)')
        .addOption(new Option('--format <format>', 'output format').choices(['markdown', 'html']).default('markdown'))
        .option('-o, --output <path>', 'write to this file (folders are made as needed) instead of standard output')
        .option('--project <id>', 'the project to report on, when the file holds several')
        .option('--baseline <revision>', 'the git revision (tag, branch, commit) to report against, instead of the project\'s first `baseline`')
        .addOption(iterations)
        .addOption(seed)
        .addHelpText('after', HELP_AFTER)
        .action(async (file: string, options: ReportOptions) => {
            io.setExitCode(await report(file, options, io));
        });
}

/**
 * Writes the status report of one project of `file` to standard output or to `--output`. Returns
 * the exit code, as `proj export` does: 1 if the file has errors or the project cannot be
 * scheduled, else 0.
 */
export async function report(file: string, options: ReportOptions, io: CommandIo): Promise<number> {
    const loaded = await loadProjectSchedule(file, options.project, 'report', io, { baseline: options.baseline });
    if (loaded === ExitCode.Failure) {
        return loaded;
    }
    const { project, plan, schedule, services } = loaded;
    const baseline = loaded.baseline && services.Proj.planning.ProjectSchedules.baselineOf(project, loaded.baseline.source.revision);
    const statusReport = statusReportOf({
        baseline: baseline && { ...baseline.snapshot, source: baseline.source },
        project: { id: project.name, title: project.title, currency: project.currency },
        plan, schedule,
        registers: registersInputOf(project),
        ksb: ksbViewOf(project, builtinStandard(services.shared.workspace.LangiumDocuments), loaded.file.displayPath),
        scheduleRisk: hasScheduleUncertainty(plan, scheduleRiskInputsOf(project))
            ? services.Proj.planning.ScheduleRisks.analysisOf(project, { iterations: options.iterations ?? REPORT_ITERATIONS, seed: options.seed })?.analysis
            : undefined,
    });
    const text = options.format === 'html'
        ? reportHtml(statusReport, { renderer: await readChartRenderer(), generator: `proj ${version}` })
        : reportMarkdown(statusReport);
    await emitDocument(text, options.output, io);
    return ExitCode.Ok;
}
