import { Argument, Option, type Command } from 'commander';
import { REGISTER_KINDS, registerTableOf, type RegisterKind } from '../../../language/src/engine/register-tables.js';
import { registersInputOf } from '../../../language/src/planning/registers-from-ast.js';
import { ExitCode } from '../cli-error.js';
import { emitDocument } from '../command-output.js';
import { formatRegisterCsv, formatRegisterJson, formatRegisterMarkdown, formatRegisterTable, type RegisterDocument } from '../format-register.js';
import { loadProjectSchedule } from '../scheduled-project.js';
import type { CommandIo } from '../command-io.js';

export type RegisterFormat = 'table' | 'json' | 'csv' | 'markdown';

export interface RegisterOptions {
    readonly format: RegisterFormat;
    readonly project?: string;
    readonly output?: string;
}

const HELP_AFTER = `
Registers:
  risks          risks and opportunities: scores, RAG, residual, probability, cost, EMV
                 (expected monetary value = probability x cost), owner, response, proximity
  issues         severity, owner, escalation, resolution, closed date; open ones first
  changes        status and impact on time, cost and scope
  stakeholders   power, interest, their quadrant of the grid, and the communications schedule
  lessons        description, recommended action, owner and status
  quality        quality checks: what they cover, the criterion, owner and status
  kpis           baseline, target, actual, result and readings over time
  benefits       value, owner, measure, realisation date; the options and the business case
                 (payback, ROI and NPV at the plan's discount rate)
  deliverables   acceptance criteria, the work that produces them, its finish and progress
  resources      role, units, rate, calendar and the work assigned

  --format table     aligned columns for people, long text cut short; notes under the table
  --format markdown  a GitHub table and the notes, for a report
  --format csv       a row per entry; the columns are the JSON keys; lists joined with '; '
  --format json      { project, register, title, currency, columns: [{ key, heading, type }],
                     rows: [{ <key>: value }], notes }

Exit code 0: the register is printed; 1: the plan has errors or cannot be scheduled; 2: bad usage.

Examples:
  proj register risks plans/office-move.proj
  proj register stakeholders plans/office-move.proj --format markdown -o reports/stakeholders.md
  proj register kpis plans/office-move.proj --format csv > kpis.csv`;

/** `proj register <kind> <file>`: one of the project's registers in full. */
export function registerRegisterCommand(program: Command, io: CommandIo): void {
    program
        .command('register')
        .description('One register of a project in full: risks (with opportunities), issues, changes, stakeholders, lessons, quality, KPIs, benefits, deliverables or resources.')
        .addArgument(new Argument('<kind>', 'the register').choices(REGISTER_KINDS))
        .argument('<file>', 'the .proj file (the plans next to it are loaded too, for references)')
        .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'csv', 'markdown']).default('table'))
        .option('--project <id>', 'the project to show, when the file holds several')
        .option('-o, --output <path>', 'write to this file (folders are made as needed) instead of standard output')
        .addHelpText('after', HELP_AFTER)
        .action(async (kind: RegisterKind, file: string, options: RegisterOptions) => {
            io.setExitCode(await register(kind, file, options, io));
        });
}

export async function register(kind: RegisterKind, file: string, options: RegisterOptions, io: CommandIo): Promise<number> {
    const loaded = await loadProjectSchedule(file, options.project, { name: 'register', verb: 'show', what: `its ${kind}` }, io);
    if (loaded === ExitCode.Failure) {
        return loaded;
    }
    const { project, plan, schedule, services } = loaded;
    const earnedValue = services.Proj.planning.ProjectSchedules.earnedValueOf(project);
    const document: RegisterDocument = {
        project: project.name, title: project.title, currency: project.currency,
        register: registerTableOf(kind, { currency: project.currency, plan, schedule, registers: registersInputOf(project), earnedValue: earnedValue?.lines.at(-1) }),
    };
    const text = options.format === 'json' ? formatRegisterJson(document)
        : options.format === 'csv' ? formatRegisterCsv(document)
            : options.format === 'markdown' ? formatRegisterMarkdown(document)
                : formatRegisterTable(document).join('\n');
    await emitDocument(text, options.output, io);
    return ExitCode.Ok;
}
