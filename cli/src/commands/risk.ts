import { Option, type Command } from 'commander';
import { DEFAULT_ITERATIONS } from '../../../language/src/engine/schedule-risk/monte-carlo.js';
import { ExitCode } from '../cli-error.js';
import { emitDocument, readChartRenderer } from '../command-output.js';
import { formatScheduleRiskJson, formatScheduleRiskTable } from '../format-schedule-risk.js';
import { scheduleRiskHtml } from '../schedule-risk-html.js';
import { scheduleRiskMarkdown } from '../schedule-risk-markdown.js';
import { version } from '../version.js';
import { simulationOptions } from '../simulation-options.js';
import { loadProjectSchedule } from '../scheduled-project.js';
import type { CommandIo } from '../command-io.js';

export interface RiskOptions {
    readonly format: 'table' | 'json' | 'markdown' | 'html';
    readonly iterations: number;
    readonly seed: number;
    readonly project?: string;
    readonly output?: string;
}

const HELP_AFTER = `
Each iteration draws every three-point estimate (PERT-Beta, or triangular with
'distribution triangular'), every plain duration with an 'uncertainty' range, and whether
each risk with a 'delay' or a 'cost' happens (its 'probability', else its likelihood's:
1 = 10% ... 5 = 90%), then schedules the plan again with its links, calendars, constraints and
progress. The same seed gives the same figures on any machine.

  --format table     P10/P50/P80/P90 finish of the project and its milestones, the chance of
                     meeting each date, the most critical and most sensitive tasks (top 10),
                     the risks, and the cost when it is uncertain
  --format markdown  the same, with the finish's histogram as a Mermaid chart
  --format html      the same as one page that works offline, with the preview's chart: the
                     finish's histogram and the tornado of what drives it
  --format json      { project, title, currency, iterations, seed, levelled, notes, start,
                     plannedFinish, plannedFinishProbability, finish, dates, milestones, tasks,
                     risks, cost, histogram }

Exit code 0: the analysis is printed; 1: the plan has errors or cannot be scheduled; 2: bad usage.

Examples:
  proj risk plans/office-move.proj
  proj risk plans/office-move.proj --iterations 50000 --seed 7 --format json > risk.json`;

/** `proj risk <file>`: how likely the dates are, and what drives them (Monte Carlo). */
export function registerRiskCommand(program: Command, io: CommandIo): void {
    const [iterations, seed] = simulationOptions(DEFAULT_ITERATIONS);
    program
        .command('risk')
        .description('Schedule risk analysis (Monte Carlo): how likely the finish and each date are, and which work and risks drive them.')
        .argument('<file>', 'the .proj file (the plans next to it are loaded too, for references)')
        .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'markdown', 'html']).default('table'))
        .addOption(iterations)
        .addOption(seed)
        .option('--project <id>', 'the project to analyse, when the file holds several')
        .option('-o, --output <path>', 'write to this file (folders are made as needed) instead of standard output')
        .addHelpText('after', HELP_AFTER)
        .action(async (file: string, options: RiskOptions) => {
            io.setExitCode(await risk(file, options, io));
        });
}

export async function risk(file: string, options: RiskOptions, io: CommandIo): Promise<number> {
    const loaded = await loadProjectSchedule(file, options.project, { name: 'risk', verb: 'analyse' }, io);
    if (loaded === ExitCode.Failure) {
        return loaded;
    }
    const { project, services } = loaded;
    const found = services.Proj.planning.ScheduleRisks.analysisOf(project, { iterations: options.iterations, seed: options.seed })!;
    const about = { id: project.name, title: project.title, currency: project.currency };
    const text = options.format === 'json' ? formatScheduleRiskJson(found.analysis, about)
        : options.format === 'markdown' ? scheduleRiskMarkdown(found.analysis, about)
            : options.format === 'html' ? scheduleRiskHtml(found.analysis, about, { renderer: await readChartRenderer(), generator: `proj ${version}` })
                : formatScheduleRiskTable(found.analysis, about).join('\n');
    await emitDocument(text, options.output, io);
    return ExitCode.Ok;
}
