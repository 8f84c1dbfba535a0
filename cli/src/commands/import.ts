import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { URI } from 'langium';
import type { Model } from '../../../language/src/generated/ast.js';
import { ExitCode, UsageError } from '../cli-error.js';
import type { CommandIo } from '../command-io.js';
import { emitDocument } from '../command-output.js';
import { createCliServices } from '../load-workspace.js';

export interface ImportOptions {
    /** The .proj file to write, instead of standard output. */
    readonly output?: string;
}

/** `proj import <file.xml>`: a plan from MS Project XML, and a word on each thing it could not carry. */
export function registerImportCommand(program: Command, io: CommandIo): void {
    program
        .command('import')
        .description('Make a .proj plan from MS Project XML (File > Save As > XML in MS Project); standard error lists what Proj could not carry.')
        .argument('<file>', 'the MS Project XML (MSPDI) file')
        .option('-o, --output <path>', 'write the plan to this file (folders are made as needed) instead of standard output')
        .action(async (file: string, options: ImportOptions) => {
            io.setExitCode(await importPlan(file, options, io));
        });
}

/**
 * Reads `file` as MS Project XML and writes the plan. Returns 1 when the file is not MS Project
 * XML (or the plan written from it has errors, which are printed); an unreadable file is a
 * {@link UsageError}.
 */
export async function importPlan(file: string, options: ImportOptions, io: CommandIo): Promise<number> {
    const xml = await readFile(file, 'utf-8').catch((error: NodeJS.ErrnoException) => {
        throw new UsageError(`${file}: cannot read the file (${error.code ?? error.message}).`);
    });
    // Loaded only when importing, with its XML library: other commands start without them.
    const [{ MspdiError, readMspdi }, { projTextOf }] = await Promise.all([
        import('../../../language/src/interchange/mspdi-reader.js'),
        import('../../../language/src/interchange/proj-writer.js'),
    ]);
    let imported;
    try {
        imported = readMspdi(xml);
    } catch (error) {
        if (error instanceof MspdiError) {
            io.err(`proj: ${file}: ${error.message}`);
            return ExitCode.Failure;
        }
        throw error;
    }
    const { interchange, notes } = imported;
    const text = projTextOf(interchange);
    await emitDocument(text, options.output, io);

    for (const note of notes) {
        io.err(`proj: not carried: ${note}`);
    }
    const errors = await errorsOf(text, options.output ?? 'imported.proj');
    for (const error of errors) {
        io.err(`proj: ${error}`);
    }
    const items = interchange.plan.items;
    const counts = [
        countText(items.filter(item => item.kind === 'phase').length, 'phase'),
        countText(items.filter(item => item.kind === 'task').length, 'task'),
        countText(items.filter(item => item.kind === 'milestone').length, 'milestone'),
        countText(interchange.plan.resources?.length ?? 0, 'resource'),
    ].filter(Boolean).join(', ');
    io.err(`proj: imported ${file}: ${counts || 'no work'}; ${notes.length === 0 ? 'everything carried' : `${countText(notes.length, 'thing')} not carried (above)`}.`);
    return errors.length > 0 ? ExitCode.Failure : ExitCode.Ok;
}

/**
 * The errors of the plan as written, `file:line: message`: none unless MS Project's data lies
 * outside what a plan may say (a date beyond the years plans are scheduled in, say).
 */
async function errorsOf(text: string, file: string): Promise<string[]> {
    const services = await createCliServices();
    const document = services.shared.workspace.LangiumDocumentFactory.fromString<Model>(text, URI.file(`/imported/${file}`));
    services.shared.workspace.LangiumDocuments.addDocument(document);
    await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
    return (document.diagnostics ?? []).filter(diagnostic => diagnostic.severity === 1).map(diagnostic => `${file}:${diagnostic.range.start.line + 1}: ${diagnostic.message}`);
}

function countText(count: number, noun: string): string {
    return count === 0 ? '' : `${count} ${noun}${count === 1 ? '' : 's'}`;
}
