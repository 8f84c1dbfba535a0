import { AstUtils, type ValidationCheck } from 'langium';
import type { Project } from '../generated/ast.js';
import { isBaselineProblem, type BaselinePlans } from '../history/baseline-plans.js';
import type { Programmes } from '../planning/programmes.js';
import { IssueCodes } from './issue-codes.js';

/**
 * Each baseline names a revision git can read the plan at. Reading it here, as the plan is
 * validated, is what makes it available to hover, the preview and the CLI afterwards. A plan
 * linked with others is read with their files as they were then, so that its links are scheduled
 * as they were; a file that did not exist then is said to be missing from it.
 */
export function createBaselineCheck(baselines: BaselinePlans, programmes: Programmes): ValidationCheck<Project> {
    return async (project, accept) => {
        if (project.baselines.length === 0) {
            return;
        }
        const uri = AstUtils.getDocument(project).uri.toString();
        const linked = programmes.linkedFiles(project);
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
            const outcome = await baselines.load(uri, project.name, baseline.revision, linked);
            if (isBaselineProblem(outcome)) {
                accept('warning', `Baseline '${revision}' cannot be read: ${outcome.problem}`, {
                    node: baseline, property: 'revision', code: IssueCodes.BaselineUnavailable,
                });
            } else if (outcome.without) {
                accept('warning', `Baseline '${revision}' is read without ${outcome.without.join(', ')}, which did not exist then: `
                    + 'the baseline is scheduled without its links to the plans there, so its dates and the variances against them may be early.', {
                    node: baseline, property: 'revision', code: IssueCodes.BaselineWithoutLinks,
                });
            }
        }
    };
}
