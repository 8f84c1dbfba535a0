// The History tab's request: the plan's trend over its git history (`proj trend` as data). It
// reads git and old versions of the plan, not the workspace, so it takes no workspace lock and
// never waits for a build: the preview's other requests go on while it reads. Reading a long
// history takes seconds, so each answer is kept for its file until HEAD moves (asking git for HEAD
// is cheap) or the plan names another project or baseline.
import * as path from 'node:path';
import { URI } from 'langium';
import type { Connection } from 'vscode-languageserver/node.js';
import { isProject, type Model } from '../../language/src/generated/ast.js';
import { GitError, GitRepository } from '../../language/src/history/git-repository.js';
import { PlanHistoryError } from '../../language/src/history/plan-history.js';
import { bundledVersionReader, planHistoryView } from '../../language/src/history/plan-history-view.js';
import { PlanReader } from '../../language/src/history/plan-reader.js';
import { HISTORY_REQUEST, type HistoryAnswer, type HistoryParams } from '../../language/src/preview/preview-protocol.js';
import { revisionReaderServices, type ProjServices } from '../../language/src/proj-module.js';

const NOT_A_FILE = 'The history comes from git: save the plan as a file in a git repository to see it.';
const NOT_OPEN = 'Open the plan in an editor to see its history.';
const NO_PROJECT = 'This file holds no project, so it has no history to show.';

export function registerHistoryRequests(connection: Connection, services: ProjServices): void {
    const { LangiumDocuments } = services.shared.workspace;
    // One language instance for the old versions read in this thread, made when first needed.
    const planReader = new PlanReader(revisionReaderServices);
    /** The last answer for each file, with what it was read for. */
    const answers = new Map<string, { readonly key: string; readonly answer: Promise<HistoryAnswer> }>();

    connection.onRequest(HISTORY_REQUEST, async (params: HistoryParams): Promise<HistoryAnswer> => {
        const uri = URI.parse(params.uri);
        if (uri.scheme !== 'file') {
            return { message: NOT_A_FILE };
        }
        if (!LangiumDocuments.hasDocument(uri)) {
            return { message: NOT_OPEN };
        }
        // The plan as it is in the editor names the project to follow and its baseline; its parse
        // is enough (no need to wait for its build).
        const model = LangiumDocuments.getDocument(uri)!.parseResult.value as Model;
        const project = model.elements.find(isProject);
        if (!project) {
            return { message: NO_PROJECT };
        }
        const file = uri.fsPath;
        const name = path.basename(file);
        const baseline = project.baselines[0]?.revision;
        // The plans linked with it are read as they were at each version too.
        const linked = services.planning.Programmes.linkedFiles(project).map(other => URI.parse(other).fsPath);
        try {
            const repository = await GitRepository.containing(file);
            const head = repository && await repository.resolve('HEAD');
            const key = JSON.stringify([head, project.name, project.title, project.currency, baseline, linked]);
            const kept = answers.get(file);
            if (head !== undefined && kept?.key === key) {
                return await kept.answer;
            }
            const answer = planHistoryView(file, {
                reader: bundledVersionReader(__dirname, planReader),
                project: { id: project.name, title: project.title, currency: project.currency },
                baseline, linked,
            }).then(view => view as HistoryAnswer);
            if (head !== undefined) {
                answers.set(file, { key, answer });
                // A failure is not kept: the next request tries again.
                answer.catch(() => answers.get(file)?.answer === answer && answers.delete(file));
            }
            return await answer;
        } catch (error) {
            if (error instanceof PlanHistoryError || error instanceof GitError) {
                return { message: `${name}: ${error.message}` };
            }
            throw error;
        }
    });
}
