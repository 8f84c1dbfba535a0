import type { LangiumDocument } from 'langium';
import type { Project } from '../generated/ast.js';
import type { Schedule } from '../engine/plan-model.js';
import type { ProjectSchedules } from '../planning/project-schedules.js';
import { IssueCodes } from '../validation/issue-codes.js';
import type { BaselineProblem, BaselineRow, BaselineView } from './preview-protocol.js';
import { depthsOf } from './register-views.js';

/**
 * The Baseline tab's data: today's schedule against the baseline the project names first (its
 * `comparison`), row by row; or, when git could not give that baseline, the validation warning that says why. Undefined
 * when the project names no baseline.
 */
export function baselineViewOf(document: LangiumDocument, project: Project, comparison: ReturnType<ProjectSchedules['baselineComparisonOf']>, schedule: Schedule): BaselineView | BaselineProblem | undefined {
    const named = project.baselines[0];
    if (!named) {
        return undefined;
    }
    if (!comparison) {
        return { revision: named.revision, problem: problemOf(document, named.$cstNode?.range.start.line) ?? `Baseline '${named.revision}' has not been read from git yet.` };
    }
    const variances = new Map(comparison.items.map(item => [item.id, item]));
    const depthOf = depthsOf(new Map(schedule.items.map(item => [item.id, item])));
    const rows = schedule.items.map((item): BaselineRow => {
        const variance = variances.get(item.id);
        const row = { id: item.id, title: item.name, kind: item.kind, depth: depthOf(item.id), start: item.start, finish: item.finish };
        if (!variance) {
            return row;
        }
        const { baselineStart, baselineFinish, startVariance, finishVariance, durationVariance, costVariance } = variance;
        return { ...row, baselineStart, baselineFinish, startVariance, finishVariance, durationVariance, costVariance };
    });
    const { revision, commit, path } = comparison.source;
    return {
        revision, commit: commit.slice(0, 7), path, currency: project.currency, rows,
        added: comparison.added, removed: comparison.removed,
        project: { ...comparison.project, start: schedule.start, finish: schedule.finish },
    };
}

/** The warning validation put on the baseline's line, saying why git could not give it. */
function problemOf(document: LangiumDocument, line: number | undefined): string | undefined {
    const warnings = (document.diagnostics ?? []).filter(diagnostic => diagnostic.code === IssueCodes.BaselineUnavailable);
    return (warnings.find(warning => warning.range.start.line === line) ?? warnings[0])?.message;
}
