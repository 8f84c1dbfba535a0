import type { Connection } from 'vscode-languageserver/node.js';

/**
 * The connection for the language services, publishing a file's diagnostics only once they are
 * complete: an edit's build publishes after the checks that find errors, and again after those
 * that follow (language/src/validation/check-timing.ts); the first would blink every warning of the
 * later checks out and back on at each keystroke. The later publication has them all.
 */
export function publishingCompleteDiagnostics(connection: Connection, incomplete: (uri: string) => boolean): Connection {
    return Object.create(connection, {
        sendDiagnostics: {
            value: (params: Parameters<Connection['sendDiagnostics']>[0]) => incomplete(params.uri) ? Promise.resolve() : connection.sendDiagnostics(params),
        },
    }) as Connection;
}
