// What the plan says about its uncertainty, as the schedule risk engine takes it: how estimates are
// sampled, the range of plain durations, and each risk's chance, delay and cost. Like the plan, it
// keeps only what can be used: a range or a delay out of order is validation's to report.
import type { Project, Risk, RiskDelay, Uncertainty } from '../generated/ast.js';
import { isElapsed, parseWorkingSpan, spanInWorkingDays, type WorkingSpan } from '../engine/durations.js';
import type { DurationDistribution, DurationUncertainty, PlanInput } from '../engine/plan-model.js';
import { LIKELIHOOD_PROBABILITY } from '../engine/risk-register.js';
import type { ScheduleRiskInput, ThreePointValue } from '../engine/schedule-risk/monte-carlo.js';
import { workdaysOf } from '../engine/working-calendar.js';

/** `-10%` as -10, `+30%` and `30%` as 30; NaN for anything else. */
export function percentOf(text: string | undefined): number {
    const match = text === undefined ? null : /^([+-]?\d+(?:\.\d+)?)\s*%$/.exec(text.trim());
    return match ? Number(match[1]) : Number.NaN;
}

/** Whether an uncertainty's ends can be used: the low one from above -100% to 0%, the high one 0% or more. */
export function uncertaintyEnds(uncertainty: Uncertainty): { low: number; high: number; lowFits: boolean; highFits: boolean } {
    const low = percentOf(uncertainty.low);
    const high = percentOf(uncertainty.high);
    return { low, high, lowFits: low <= 0 && low > -100, highFits: high >= 0 };
}

/** A range of a plain duration as fractions of it, or undefined when it cannot be used. */
export function uncertaintyInputOf(uncertainty: Uncertainty | undefined): DurationUncertainty | undefined {
    if (!uncertainty) {
        return undefined;
    }
    const { low, high, lowFits, highFits } = uncertaintyEnds(uncertainty);
    return lowFits && highFits ? { low: low / 100, high: high / 100 } : undefined;
}

export function distributionInputOf(kind: string | undefined): DurationDistribution | undefined {
    return kind === 'pert' || kind === 'triangular' ? kind : undefined;
}

/** A delay's points as written, one or three; undefined where one cannot be read. */
export function delaySpansOf(delay: RiskDelay): WorkingSpan[] | undefined {
    const texts = delay.mostLikely !== undefined && delay.pessimistic !== undefined
        ? [delay.optimistic, delay.mostLikely, delay.pessimistic]
        : [delay.optimistic];
    const spans = texts.map(text => parseWorkingSpan(text ?? ''));
    return spans.every(span => span !== undefined) ? spans as WorkingSpan[] : undefined;
}

/** A delay in working days, least, most likely and most; undefined where it is not in order, below 0 or elapsed. */
function delayInWorkingDays(delay: RiskDelay | undefined, workdaysPerWeek: number): ThreePointValue | undefined {
    const spans = delay && delaySpansOf(delay);
    if (!spans || spans.some(isElapsed)) {
        return undefined;
    }
    const days = spans.map(span => spanInWorkingDays(span, workdaysPerWeek));
    return threePoints(days);
}

/** A risk's cost, least, most likely and most: one figure is all three. */
export function riskCostOf(risk: Risk): ThreePointValue | undefined {
    if (risk.cost === undefined) {
        return undefined;
    }
    return threePoints(risk.costMostLikely !== undefined && risk.costPessimistic !== undefined
        ? [risk.cost, risk.costMostLikely, risk.costPessimistic]
        : [risk.cost]);
}

function threePoints(values: readonly number[]): ThreePointValue | undefined {
    const [optimistic, mostLikely = optimistic, pessimistic = optimistic] = values;
    return optimistic >= 0 && optimistic <= mostLikely && mostLikely <= pessimistic ? { optimistic, mostLikely, pessimistic } : undefined;
}

/**
 * The mean of a risk's cost if it happens, for its expected monetary value: the PERT mean of three
 * figures ((o + 4m + p) / 6), or their average under a triangular distribution, as the simulation draws them.
 */
export function meanRiskCostOf(risk: Risk, distribution: DurationDistribution | undefined): number | undefined {
    const cost = riskCostOf(risk);
    if (!cost) {
        return risk.cost;
    }
    const { optimistic: o, mostLikely: m, pessimistic: p } = cost;
    return distribution === 'triangular' ? (o + m + p) / 3 : (o + 4 * m + p) / 6;
}

/**
 * The risks and opportunities that change the dates or the cost when they happen: those with a
 * `delay` on work they `affect`, or a `cost`, and a chance (their `probability`, else their
 * likelihood's band, 1 = 10% to 5 = 90%). A risk with neither is left out: it cannot be drawn.
 */
export function scheduleRiskInputsOf(project: Project): ScheduleRiskInput[] {
    const calendar = project.calendars.find(candidate => !candidate.name);
    const workdaysPerWeek = workdaysOf(calendar?.workdays ?? []).size;
    return project.risks.flatMap(risk => {
        const percent = risk.probability ?? (risk.likelihood === undefined ? undefined : LIKELIHOOD_PROBABILITY[risk.likelihood]);
        const delay = delayInWorkingDays(risk.delay, workdaysPerWeek);
        const cost = riskCostOf(risk);
        const affects = risk.affects.flatMap(reference => reference.ref ? [reference.ref.name] : []);
        if (!risk.name || percent === undefined || !(percent > 0 && percent <= 100) || (!cost && !(delay && affects.length > 0))) {
            return [];
        }
        return [{
            id: risk.name, name: risk.title, probability: percent / 100, delay, cost,
            affects: delay ? affects : [], opportunity: risk.kind === 'opportunity',
        }];
    });
}

/**
 * Whether anything about the plan's dates is uncertain: a three-point estimate with a spread, a
 * range on a plain duration, or a risk that delays work. Without, every iteration is the plan.
 */
export function hasScheduleUncertainty(plan: PlanInput, risks: readonly ScheduleRiskInput[]): boolean {
    return risks.some(risk => risk.delay !== undefined && risk.affects.length > 0 && risk.probability > 0 && risk.delay.pessimistic > 0)
        || plan.items.some(item => item.kind === 'task' && (
            (item.estimate !== undefined && !sameSpan(item.estimate.optimistic, item.estimate.pessimistic))
            || (item.estimate === undefined && item.duration !== undefined && spread(item.uncertainty ?? plan.uncertainty))));
}

const sameSpan = (a: WorkingSpan, b: WorkingSpan) => a.amount === b.amount && a.unit === b.unit;
const spread = (range: DurationUncertainty | undefined) => range !== undefined && range.high > range.low;
