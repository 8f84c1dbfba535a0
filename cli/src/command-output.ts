// What the commands that write documents share (`proj export`, `proj report`): standard output or
// `--output <file>`, and the chart renderer the self-contained HTML pages inline.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { UsageError } from './cli-error.js';
import type { CommandIo } from './command-io.js';
import type { ChartRenderer } from './html-page.js';

/**
 * Writes `text` (given one final newline if it lacks it) to standard output, or to `output` when
 * one is given, making its folders as needed. A file that cannot be written is a {@link UsageError}.
 */
export async function emitDocument(text: string, output: string | undefined, io: CommandIo): Promise<void> {
    const document = text.endsWith('\n') ? text : `${text}\n`;
    if (output === undefined) {
        io.out(document.slice(0, -1));
    } else {
        await writeOutput(output, document);
    }
}

async function writeOutput(output: string, text: string): Promise<void> {
    const file = path.resolve(output);
    try {
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(file, text);
    } catch (error) {
        const { code, message } = error as NodeJS.ErrnoException;
        throw new UsageError(`${output}: cannot write the file (${code ?? message}).`);
    }
}

/**
 * The preview's chart renderer for the pages: its script, which the build writes next to the CLI's
 * bundle (out/charts.js), and the charts' stylesheet (media/charts.css).
 */
export async function readChartRenderer(): Promise<ChartRenderer> {
    const read = (file: string) => readFile(file, 'utf-8').catch((error: NodeJS.ErrnoException) => {
        throw new UsageError(`cannot read ${file} (${error.code ?? error.message}); rebuild or reinstall proj.`);
    });
    const [script, style] = await Promise.all([read(path.join(__dirname, 'charts.js')), read(path.join(__dirname, '..', 'media', 'charts.css'))]);
    return { script, style };
}
