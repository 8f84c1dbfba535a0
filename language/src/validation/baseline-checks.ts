import { AstUtils, type ValidationCheck } from 'langium';
import type { Project } from '../generated/ast.js';
import { isBaselineProblem, type BaselinePlans } from '../history/baseline-plans.js';
import { IssueCodes } from './issue-codes.js';

/**
 * Each baseline names a revision git can read the plan at. Reading it here, as the plan is
 * validated, is what makes it available to hover, the preview and the CLI afterwards.
 */
export function createBaselineCheck(baselines: BaselinePlans): ValidationCheck<Project> {
    return async (project, accept) => {
        const uri = AstUtils.getDocument(project).uri.toString();
        const named = new Set<string>();
        for (const baseline of project.baselines) {
            if (baseline.revision === undefined) {
                // Written without its revision: the syntax error says so.
                continue;
            }
            const revision = baseline.revision.trim();
            if (revision.length === 0) {
                accept('error', 'A baseline names a git revision: a tag, a branch or a commit, such as "v1-approved".', {
                    node: baseline, property: 'revision', code: IssueCodes.BaselineUnavailable,
                });
                continue;
            }
            if (named.has(revision)) {
                accept('warning', `Baseline '${revision}' is named already.`, { node: baseline, property: 'revision', code: IssueCodes.DuplicateBaseline });
                continue;
            }
            named.add(revision);
            const outcome = await baselines.load(uri, project.name, baseline.revision);
            if (isBaselineProblem(outcome)) {
                accept('warning', `Baseline '${revision}' cannot be read: ${outcome.problem}`, {
                    node: baseline, property: 'revision', code: IssueCodes.BaselineUnavailable,
                });
            }
        }
    };
}
