/** Where a command writes: the process's streams in `main`, buffers in tests. */
export interface CommandIo {
    /** Writes one line (a newline is added) of the command's result to standard output. */
    out(line: string): void;
    /** Writes one line of messages for people (summaries, problems) to standard error. */
    err(line: string): void;
    /** Sets the exit code the process ends with. */
    setExitCode(code: number): void;
}

export const processIo: CommandIo = {
    out: line => process.stdout.write(`${line}\n`),
    err: line => process.stderr.write(`${line}\n`),
    setExitCode: code => { process.exitCode = code; },
};
