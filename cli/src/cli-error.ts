/** Exit codes of every `proj` command. */
export const ExitCode = {
    /** The command did what was asked and found nothing wrong. */
    Ok: 0,
    /** The command ran, and the plans have errors (or, for other commands, the result says "no"). */
    Failure: 1,
    /** The command could not run: bad arguments, a missing path, an unreadable file (or a bug in proj). */
    Usage: 2,
} as const;

/**
 * A mistake of the user's (a path that does not exist, a folder without plans): `main` prints the
 * message, without a stack trace, and exits with {@link ExitCode.Usage}.
 */
export class UsageError extends Error {
    constructor(message: string) {
        super(message);
        this.name = 'UsageError';
    }
}
