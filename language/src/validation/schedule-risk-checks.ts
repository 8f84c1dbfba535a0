import { GrammarUtils, type ValidationAcceptor, type ValidationCheck } from 'langium';
import { AstUtils } from 'langium';
import { isMilestone, isPhase, isProject, type Milestone, type PlanItem, type Project, type Risk, type RiskDelay, type Task, type Uncertainty } from '../generated/ast.js';
import { isElapsed, spanInWorkingDays } from '../engine/durations.js';
import type { DateConfidence } from '../engine/schedule-risk/monte-carlo.js';
import { constraintKindOf } from '../planning/plan-from-ast.js';
import { planItemsOf } from '../planning/plan-items.js';
import { delaySpansOf, uncertaintyEnds } from '../planning/schedule-risk-from-ast.js';
import { EDITOR_ITERATIONS, type ScheduleRisks } from '../planning/schedule-risk-of.js';
import { IssueCodes } from './issue-codes.js';

/** A duration's range runs from itself or less (never to nothing) to itself or more. */
export function checkUncertaintyRange(uncertainty: Uncertainty, accept: ValidationAcceptor): void {
    const { lowFits, highFits } = uncertaintyEnds(uncertainty);
    if (!lowFits) {
        accept('error', `The low end of an uncertainty is the duration's share it may be shorter by, 0% or below and above -100%, such as -10%, not ${uncertainty.low}.`, {
            node: uncertainty, property: 'low', code: IssueCodes.UncertaintyRange
        });
    }
    if (!highFits) {
        accept('error', `The high end of an uncertainty is the share the duration may be longer by, 0% or above, such as +30%, not ${uncertainty.high}.`, {
            node: uncertainty, property: 'high', code: IssueCodes.UncertaintyRange
        });
    }
}

/**
 * What schedule risk analysis cannot use: a milestone's range (it takes no time), an uncertainty
 * beside a three-point estimate (the estimate is the range), and a distribution with nothing to
 * shape (a fixed duration, with no uncertainty on the task or its project).
 */
export function checkUncertaintyIsUsed(work: Task | Milestone, accept: ValidationAcceptor): void {
    // On the whole statement, keyword and value: it is the statement that does nothing.
    const unused = (property: 'uncertainty' | 'distribution', message: string) => {
        const keyword = GrammarUtils.findNodeForKeyword(work.$cstNode, property);
        const value = GrammarUtils.findNodeForProperty(work.$cstNode, property);
        const range = keyword && value ? { start: keyword.range.start, end: value.range.end } : undefined;
        accept('warning', message, { node: work, property, range, code: IssueCodes.UncertaintyUnused });
    };
    if (isMilestone(work)) {
        for (const property of ['uncertainty', 'distribution'] as const) {
            if (work[property] !== undefined) {
                unused(property, `A milestone takes no time, so its '${property}' changes nothing: give it to the work before it.`);
            }
        }
        return;
    }
    if (work.estimate && work.uncertainty) {
        unused('uncertainty', "'uncertainty' is not used: the task's three-point estimate gives its range.");
    }
    const projectUncertainty = AstUtils.getContainerOfType(work, isProject)?.uncertainty;
    if (work.distribution && !work.estimate && !work.uncertainty && !projectUncertainty) {
        unused('distribution', "'distribution' shapes a three-point estimate or an 'uncertainty' range, and this task has neither (nor has its project): it changes nothing.");
    }
}

/** A risk's delay is working time added to the work it affects: in order, none below zero, not elapsed. */
export function checkRiskDelay(delay: RiskDelay, accept: ValidationAcceptor): void {
    const spans = delaySpansOf(delay);
    if (!spans) {
        return;
    }
    const texts = [delay.optimistic, delay.mostLikely, delay.pessimistic].filter((text): text is string => text !== undefined);
    const elapsed = spans.findIndex(isElapsed);
    const negative = spans.findIndex(span => span.amount < 0);
    const days = spans.map(span => spanInWorkingDays(span, 5));
    const disorder = days.findIndex((value, i) => i > 0 && value < days[i - 1]);
    const message = elapsed >= 0
        ? `A delay is in working time (d, w or h), not elapsed time (${texts[elapsed]}): it lengthens the work it affects.`
        : negative >= 0
            ? `A delay adds working time and is 0 or more, not ${texts[negative]}: an opportunity saves time by being an opportunity.`
            : disorder > 0
                ? `A delay is three durations in order, least, most likely and most, such as 5d 10d 20d: ${texts[disorder]} comes before ${texts[disorder - 1]}.`
                : undefined;
    if (message) {
        accept('error', message, { node: delay, code: IssueCodes.RiskDelayOrder });
    }
}

/** A cost in three figures is least, most likely and most. */
export function checkRiskCostOrder(risk: Risk, accept: ValidationAcceptor): void {
    const { cost, costMostLikely, costPessimistic } = risk;
    if (cost === undefined || costMostLikely === undefined || costPessimistic === undefined) {
        return;
    }
    const figures = [cost, costMostLikely, costPessimistic];
    const disorder = figures.findIndex((value, i) => i > 0 && value < figures[i - 1]);
    if (disorder > 0) {
        // On the three figures together, as a delay's error is on its three durations.
        const first = GrammarUtils.findNodeForProperty(risk.$cstNode, 'cost');
        const last = GrammarUtils.findNodeForProperty(risk.$cstNode, 'costPessimistic');
        const range = first && last ? { start: first.range.start, end: last.range.end } : undefined;
        accept('error', `A cost in three figures is in order, least, most likely and most, such as 2000 5000 12000: ${figures[disorder]} comes before ${figures[disorder - 1]}.`, {
            node: risk, property: 'cost', range, code: IssueCodes.RiskCostOrder
        });
    }
}

/**
 * The chance of meeting the deadline, each work's deadline and each `finish no later than` (or
 * `finish on`), against the confidence the board's tolerance asks for. Only when it asks (the
 * analysis runs {@link EDITOR_ITERATIONS} iterations, once per parse, and in the editor only once
 * typing pauses: check-timing.ts), and only where something is uncertain: a plan without
 * uncertainty meets its dates or misses them outright, as the schedule check says.
 */
export function createScheduleConfidenceCheck(scheduleRisks: ScheduleRisks): ValidationCheck<Project> {
    return (project, accept) => {
        const confidence = project.tolerance?.confidence;
        if (confidence === undefined || !(confidence > 0 && confidence < 100)) {
            return;
        }
        const found = scheduleRisks.confidenceOf(project, { iterations: EDITOR_ITERATIONS });
        if (!found?.uncertain) {
            return;
        }
        const analysis = found.confidence;
        const items = new Map<string, PlanItem>();
        for (const item of planItemsOf(project)) {
            if (!items.has(item.name)) {
                items.set(item.name, item);
            }
        }
        const p80 = (date: DateConfidence) => date.kind === 'deadline' ? analysis.finish.p80
            : analysis.milestones.find(milestone => milestone.id === date.item)?.finish.p80;
        for (const date of analysis.dates) {
            const percent = Math.round(date.probability * 100);
            if (date.probability * 100 >= confidence) {
                continue;
            }
            const what = date.kind === 'deadline' ? `the deadline ${date.date}`
                : `'${date.item}' meeting ${date.kind === 'task-deadline' ? 'its deadline' : date.kind.replace(/-/g, ' ')} ${date.date}`;
            const at = p80(date);
            const message = `The chance of ${date.kind === 'deadline' ? 'meeting ' : ''}${what} is ${percent}%, below the ${confidence}% confidence the tolerance asks for`
                + `${at ? `: P80 is ${at}` : ''}. (Schedule risk analysis, ${analysis.iterations} iterations; the editor runs it when typing pauses.)`;
            if (date.kind === 'deadline') {
                accept('warning', message, { node: project, property: 'deadline', code: IssueCodes.ScheduleConfidence });
                continue;
            }
            const item = items.get(date.item!);
            if (!item) {
                continue;
            }
            if (date.kind === 'task-deadline') {
                if (!isPhase(item)) {
                    accept('warning', message, { node: item, property: 'deadline', code: IssueCodes.ScheduleConfidence });
                }
                continue;
            }
            const constraint = item.constraints.find(candidate => constraintKindOf(candidate) === date.kind && candidate.date === date.date);
            if (constraint) {
                accept('warning', message, { node: constraint, property: 'date', code: IssueCodes.ScheduleConfidence });
            }
        }
    };
}

/**
 * Not a check: in the editor, the analysis the preview's Risk analysis tab shows, run in the pass
 * after a pause in typing (check-timing.ts) so that the preview never runs it as the user types.
 * The language server registers it; `proj check` has no preview to run it for.
 */
export function createAnalysisForThePreview(scheduleRisks: ScheduleRisks): ValidationCheck<Project> {
    return project => {
        if (scheduleRisks.isUncertain(project)) {
            scheduleRisks.analysisOf(project, { iterations: EDITOR_ITERATIONS });
        }
    };
}
