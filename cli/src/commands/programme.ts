import { Option, type Command } from 'commander';
import { isProject, type Project } from '../../../language/src/generated/ast.js';
import { programmeViewOfProjects } from '../../../language/src/planning/programme-of.js';
import { ExitCode } from '../cli-error.js';
import { emitDocument, readChartRenderer } from '../command-output.js';
import { collectDiagnostics, formatDiagnosticLine } from '../format-diagnostics.js';
import { formatProgrammeJson, formatProgrammeMarkdown, formatProgrammeTable } from '../format-programme.js';
import { loadWorkspace } from '../load-workspace.js';
import { programmeHtml } from '../programme-html.js';
import { version } from '../version.js';
import type { CommandIo } from '../command-io.js';

export interface ProgrammeOptions {
    readonly format: 'table' | 'json' | 'markdown' | 'html';
    readonly output?: string;
}

/** `proj programme <paths...>`: the projects of the plans named, and those linked with them, as one programme. */
export function registerProgrammeCommand(program: Command, io: CommandIo): void {
    program
        .command('programme')
        .description('Plans that wait for each other as one programme: each project\'s dates, deadline, RAG, SPI and CPI, the links between projects and the critical path across them.')
        .argument('<paths...>', '.proj files or folders (the plans next to a file are loaded too, and those linked with its projects shown)')
        .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'markdown', 'html']).default('table'))
        .option('-o, --output <path>', 'write to this file (folders are made as needed) instead of standard output')
        .action(async (paths: string[], options: ProgrammeOptions) => {
            io.setExitCode(await programme(paths, options, io));
        });
}

export async function programme(paths: readonly string[], options: ProgrammeOptions, io: CommandIo): Promise<number> {
    const { services, files } = await loadWorkspace(paths, { validation: true });
    const errors = collectDiagnostics(files).diagnostics.filter(diagnostic => diagnostic.severity === 'error');
    if (errors.length > 0) {
        errors.forEach(diagnostic => io.err(formatDiagnosticLine(diagnostic)));
        io.err('proj: the plans have errors; fix them to see their programme.');
        return ExitCode.Failure;
    }
    const schedules = services.Proj.planning.ProjectSchedules;
    const programmes = services.Proj.planning.Programmes;
    // The projects named, each followed by those linked with it that are not named, once each.
    const projects: Project[] = [];
    for (const file of files) {
        for (const project of file.document.parseResult.value.elements.filter(isProject)) {
            for (const member of [project, ...programmes.membersOf(project)]) {
                if (!projects.includes(member)) {
                    projects.push(member);
                }
            }
        }
    }
    const { view, unscheduled } = programmeViewOfProjects(projects, schedules);
    for (const project of unscheduled) {
        io.err(`proj: project '${project.name}' is not in the programme: ${schedules.problemOf(project) ?? 'it has no start date'}.`);
    }
    if (!view) {
        io.err('proj: no project to show.');
        return ExitCode.Failure;
    }
    const text = options.format === 'json' ? `${formatProgrammeJson(view)}\n`
        : options.format === 'markdown' ? formatProgrammeMarkdown(view)
            : options.format === 'html' ? programmeHtml(view, { renderer: await readChartRenderer(), generator: `proj ${version}` })
                : `${formatProgrammeTable(view).join('\n')}\n`;
    await emitDocument(text, options.output, io);
    return ExitCode.Ok;
}
