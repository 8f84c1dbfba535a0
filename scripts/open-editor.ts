// `npm run editor`: the examples in code-server, VS Code in the browser, with the packaged
// extension installed, for people without VS Code. The same code-server the editor tests use.
import { join, resolve } from 'node:path';
import { CodeServerSession } from '../test/e2e/code-server/code-server-session.js';

async function main(): Promise<void> {
    const root = resolve(__dirname, '..');
    const port = Number(process.env.PORT ?? 8080);
    const session = await CodeServerSession.start({ port });
    console.log(`Proj in code-server: http://127.0.0.1:${session.port}/?folder=${encodeURIComponent(join(root, 'examples'))}`);
    console.log('Open that address in a browser. Ctrl+C stops code-server.');
    const stop = () => void session.stop().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
}

main().catch(error => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
});
