import { afterAll, beforeAll } from 'vitest';
import { assertServerBuilt, LanguageServerProcess } from './language-server-process.js';

/**
 * Starts the bundled server before the file's tests (and sends `initialize`, unless `initialize`
 * is false: for a file that tests that itself) and kills it after them. Call it at the top level
 * of the file; the returned function gives the running server.
 */
export function useLanguageServer({ initialize = true } = {}): () => LanguageServerProcess {
    let server: LanguageServerProcess | undefined;

    beforeAll(async () => {
        assertServerBuilt();
        server = new LanguageServerProcess();
        if (initialize) {
            await server.initialize();
        }
    });

    afterAll(() => {
        server?.dispose();
    });

    return () => {
        if (!server) {
            throw new Error('The language server is started in beforeAll: ask for it in a test or a later hook.');
        }
        return server;
    };
}
