// Quantitative schedule risk analysis by Monte Carlo simulation (GAO-16-89G, Schedule Assessment
// Guide, best practice 8): each iteration draws every uncertain duration and whether each risk
// occurs, schedules the plan again with a full forward pass of its logic (links, lags, calendars,
// constraints, progress), finds its critical path with a backward pass, and records the dates.
// From thousands of iterations: the finish's percentiles, the chance of meeting each date, how
// often each task is critical and how closely its duration drives the finish.
//
// Reproducible: one seeded stream (mulberry32), read in a fixed order (each sampled task, then each
// risk's occurrence, delay and cost, every iteration alike), so the same seed gives the same
// figures on any machine.
import { isoDateOfDayNumber, dayNumberOf, type IsoDate } from '../calendar-dates.js';
import { spanMinutes, type WorkingSpan } from '../durations.js';
import { taskBudget } from '../earned-value.js';
import type { ConstraintKind, PlanInput, PlanItemKind } from '../plan-model.js';
import { distributionOf, QuantileTable, WholeUnitDraws, type Distribution } from './distributions.js';
import { NetworkPasses, type IterationPasses } from './network-passes.js';
import { dayHistogram, dayPercentiles, valuePercentiles, type PercentileValues } from './percentiles.js';
import { levelAfter, nextState, wordAfter } from './seeded-stream.js';
import { correlationOfSums, dayMidRanks, midRanks, correlationWithRanks } from './rank-correlation.js';
import { inWorkingDays, riskNetworkOf, type RiskNetwork } from './risk-network.js';
import { fitsWorkingDayPasses, WorkingDayPasses } from './working-day-passes.js';

/** Three values: least, most likely and most. */
export interface ThreePointValue {
    readonly optimistic: number;
    readonly mostLikely: number;
    readonly pessimistic: number;
}

/** A risk (or an opportunity) with what it does to the dates and the cost when it occurs. */
export interface ScheduleRiskInput {
    readonly id: string;
    readonly name?: string;
    /** The chance that it occurs, 0 to 1: 0.3 for `probability 30%`. */
    readonly probability: number;
    /** Working days it adds to the work it affects (an opportunity: saves). */
    readonly delay?: ThreePointValue;
    /** What it costs when it occurs (an opportunity: saves). */
    readonly cost?: ThreePointValue;
    /** Ids of the tasks, milestones and phases it affects. */
    readonly affects: readonly string[];
    readonly opportunity?: boolean;
}

export interface ScheduleRiskOptions {
    /** 10,000 unless given. */
    readonly iterations?: number;
    /** 1 unless given. */
    readonly seed?: number;
}

export const DEFAULT_ITERATIONS = 10_000;
export const DEFAULT_SEED = 1;

export type DatePercentiles = PercentileValues<IsoDate>;

/** A date the plan must meet, and the share of iterations that met it. */
export interface DateConfidence {
    /** The item; absent for the project's deadline. */
    readonly item?: string;
    readonly kind: 'deadline' | 'task-deadline' | Extract<ConstraintKind, 'finish-no-later-than' | 'finish-on'>;
    readonly date: IsoDate;
    readonly probability: number;
}

export interface MilestoneForecast {
    readonly id: string;
    readonly name?: string;
    /** Its date in the plan's own schedule. */
    readonly planned: IsoDate;
    readonly finish: DatePercentiles;
}

export interface TaskRisk {
    readonly id: string;
    readonly name?: string;
    readonly kind: Exclude<PlanItemKind, 'phase'>;
    /** The share of iterations in which it was on the critical path. */
    readonly criticality: number;
    /**
     * Spearman's rank correlation of its sampled duration with the project's finish, -1 to 1;
     * absent where the duration was not sampled.
     */
    readonly sensitivity?: number;
}

export interface RiskOutcome {
    readonly id: string;
    readonly name?: string;
    readonly opportunity: boolean;
    /** The share of iterations in which it occurred. */
    readonly occurred: number;
    /** Spearman's rank correlation of the days it added (0 where it did not occur; saved, negative) with the finish. */
    readonly sensitivity: number;
}

export interface CostForecast extends PercentileValues<number> {
    /** The plan's cost as planned: fixed costs and resources for the planned durations. */
    readonly planned: number;
    readonly mean: number;
}

export interface FinishHistogram {
    /** Days in each bin. */
    readonly binDays: number;
    readonly bins: ReadonlyArray<{
        readonly from: IsoDate;
        /** The bin's last day, inclusive. */
        readonly to: IsoDate;
        readonly count: number;
        /** The share of iterations finished by `to`. */
        readonly cumulative: number;
    }>;
}

export interface ScheduleRiskAnalysis {
    readonly iterations: number;
    readonly seed: number;
    /** Whether each iteration was levelled: never yet, see `notes`. */
    readonly levelled: false;
    /** What the figures leave out for this plan, in words. */
    readonly notes: readonly string[];
    readonly start: IsoDate;
    /** The finish in the plan's own schedule, and the share of iterations that finish by it. */
    readonly plannedFinish: IsoDate;
    readonly plannedFinishProbability: number;
    readonly finish: DatePercentiles;
    /** The project's deadline, each item's deadline and each `finish no later than` (or `finish on`), with their chances. */
    readonly dates: readonly DateConfidence[];
    readonly milestones: readonly MilestoneForecast[];
    /** Every task and milestone not finished. */
    readonly tasks: readonly TaskRisk[];
    readonly risks: readonly RiskOutcome[];
    /** When the cost is uncertain: resources paid by the day on uncertain work, or risks with a cost. */
    readonly cost?: CostForecast;
    readonly histogram: FinishHistogram;
}

/** A task whose duration is drawn: from its distribution, in units of its line. */
interface SampledTask {
    readonly item: number;
    readonly distribution: Distribution;
}

/** What a risk does to one item when it occurs. */
interface RiskEffect {
    readonly item: number;
    /** Lengthens (or shortens) the work, or makes it wait. */
    readonly wait: boolean;
}

interface PreparedRisk {
    readonly input: ScheduleRiskInput;
    readonly probability: number;
    readonly sign: number;
    readonly delay?: Distribution;
    readonly cost?: Distribution;
    readonly effects: readonly RiskEffect[];
}

/** A date to meet: the latest of some items' finishes (one item, or a phase's work). */
interface TrackedDate {
    readonly confidence: Omit<DateConfidence, 'probability'>;
    readonly items: Int32Array;
    readonly lastDay: number;
    met: number;
}

/**
 * The plan's schedule risk: `iterations` schedules of it, durations drawn from their estimates
 * (PERT-Beta unless `triangular`) or their `uncertainty`, and each risk occurring with its
 * probability, all independently of each other.
 */
export function analyseScheduleRisk(plan: PlanInput, risks: readonly ScheduleRiskInput[] = [], options: ScheduleRiskOptions = {}): ScheduleRiskAnalysis {
    return simulateScheduleRisk(plan, risks, options).analysis;
}

/** The analysis, and the day number each iteration finished on, for checks and charts of one's own. */
export function simulateScheduleRisk(plan: PlanInput, risks: readonly ScheduleRiskInput[] = [], options: ScheduleRiskOptions = {}): { analysis: ScheduleRiskAnalysis; finishDays: Int32Array } {
    const run = simulate(plan, risks, options, true);
    return { analysis: run.analysis(), finishDays: run.finishDays };
}

/**
 * The chances of meeting the plan's dates and the percentiles of its finish and milestones, from
 * the same iterations as the analysis (the same figures for the same seed) without what only the
 * analysis reports: criticality (a backward pass each iteration), sensitivity, cost and histogram.
 * For a check that needs the chances alone, at about half the work.
 */
export function scheduleConfidenceOf(plan: PlanInput, risks: readonly ScheduleRiskInput[] = [], options: ScheduleRiskOptions = {}): ScheduleConfidence {
    return simulate(plan, risks, options, false).confidence;
}

/** What {@link scheduleConfidenceOf} gives: the part of a {@link ScheduleRiskAnalysis} about dates. */
export type ScheduleConfidence = Pick<ScheduleRiskAnalysis, 'iterations' | 'seed' | 'finish' | 'dates' | 'milestones'>;

interface Simulation {
    readonly confidence: ScheduleConfidence;
    readonly finishDays: Int32Array;
    /** The whole analysis, from the iterations' records; only where each iteration counted the critical path. */
    readonly analysis: () => ScheduleRiskAnalysis;
}

function simulate(plan: PlanInput, risks: readonly ScheduleRiskInput[], options: ScheduleRiskOptions, countCritical: boolean): Simulation {
    const iterations = options.iterations ?? DEFAULT_ITERATIONS;
    if (!Number.isInteger(iterations) || iterations < 1) {
        throw new RangeError(`The iterations must be a whole number from 1, not ${iterations}.`);
    }
    const seed = (options.seed ?? DEFAULT_SEED) >>> 0;
    const network = inWorkingDays(riskNetworkOf(plan));
    const notes: string[] = [];
    if (plan.level) {
        notes.push('The plan levels its resources, but the iterations are not levelled: each follows the logic alone, so its dates may be early where resources are short.');
    }
    if (plan.external && plan.external.length > 0) {
        const named = plan.external.map(item => `${item.project}.${item.id}`).join(', ');
        notes.push(`Work of other plans that this one waits for (${named}) stands at its scheduled dates in every iteration: the uncertainty of those plans is not simulated here.`);
    }
    const sampled = sampledTasks(plan, network);
    const prepared = risks.map(risk => prepareRisk(risk, plan, network, notes));
    const tracked = trackedDates(plan, network);
    const milestones = plan.items.flatMap((item, i) => item.kind === 'milestone' && !network.onCycle[i] ? [i] : []);

    const n = network.count;
    const unitsPerDay = Float64Array.from(network.lines, line => line.workingTicksPerDay);
    const varied = new Uint8Array(n);
    sampled.forEach(task => varied[task.item] = 1);
    prepared.forEach(risk => risk.effects.forEach(effect => varied[effect.item] ||= effect.wait ? 0 : 1));
    const variedItems = Int32Array.from([...varied.keys()].filter(i => varied[i]));
    const waitItems = Int32Array.from(new Set(prepared.flatMap(risk => risk.effects.flatMap(effect => effect.wait ? [effect.item] : []))));
    // Where no risk lengthens work or costs, the varied work is the sampled work, drawn straight into place.
    const straight = prepared.every(risk => !risk.cost && risk.effects.every(effect => effect.wait));
    const progressLeft = Float64Array.from(plan.items, item => (100 - Math.min(100, Math.max(0, item.progress ?? 0))) / 100);
    const resumes = Uint8Array.from(plan.items, (_, i) => network.started[i] && !network.complete[i] && !Number.isNaN(network.afterStatus) ? 1 : 0);
    const work = Float64Array.from(network.work);
    const remaining = Float64Array.from(network.remaining);
    const wait = new Float64Array(n);
    const drawn = Float64Array.from(network.work);
    const extra = new Float64Array(n);
    const input = { work, remaining, wait };
    // The common case (one calendar in whole days, nothing as late as possible) has passes of its own.
    const passes: IterationPasses = fitsWorkingDayPasses(network) ? new WorkingDayPasses(network) : new NetworkPasses(network);
    // The plan as planned: a pass with the planned work gives the scheduler's dates (fixed-plan.test.ts)
    // without a scheduler run of its own, and counts towards no criticality.
    const plannedFinishDay = network.dayOfPoint(passes.run({ work: network.work, remaining: network.remaining, wait }));
    const plannedMilestones = milestones.map(i => isoDateOfDayNumber(network.dayOfPoint(passes.lastDay(i))));
    passes.criticalCount.fill(0);

    // The cost that does not vary, and what each varied task's resources cost per unit of its line.
    const costPerUnit = Float64Array.from(plan.items, (item, i) => item.kind === 'task' ? (item.resourceCostPerDay ?? 0) / unitsPerDay[i] : 0);
    const plannedCost = plan.items.reduce((total, item, i) => item.kind === 'task' ? total + taskBudget(item, network.work[i] / unitsPerDay[i]) : total, 0);
    const fixedCost = plannedCost - variedItems.reduce((total, i) => total + costPerUnit[i] * network.work[i], 0);
    const costUncertain = sampled.some(task => costPerUnit[task.item] > 0) || prepared.some(risk => risk.cost && risk.probability > 0);

    const finishDays = new Int32Array(iterations);
    const milestoneDays = new Int32Array(iterations * milestones.length);
    const costs = costUncertain ? new Float64Array(iterations) : undefined;
    const riskDelays = new Float64Array(iterations * prepared.length);
    const occurrences = new Int32Array(prepared.length);
    // The seeded stream's state, stepped before each number it gives.
    let state = seed | 0;
    const sampledItems = Int32Array.from(sampled, task => task.item);
    const draws = new QuantileTable(sampled.map(task => task.distribution));
    // Work resumed after the status date needs the draw itself for what is left.
    const wholeDraws = new WholeUnitDraws(draws, sampled.length, iterations, s => straight && !resumes[sampledItems[s]]);
    const outside = (i: number) => network.isPhase[i] || network.onCycle[i];

    for (let iteration = 0; iteration < iterations; iteration++) {
        let cost = fixedCost;
        if (straight) {
            // Each draw is the work, as the loop over varied work below would make it, in one step.
            for (let s = 0; s < sampledItems.length; s++) {
                const i = sampledItems[s];
                state = nextState(state);
                if (wholeDraws.has(s)) {
                    const total = wholeDraws.draw(s, wordAfter(state));
                    work[i] = total;
                    if (costs) {
                        cost += costPerUnit[i] * total;
                    }
                    continue;
                }
                const units = draws.quantile(s, levelAfter(state));
                const total = Math.max(0, Math.round(units));
                work[i] = total;
                cost += costPerUnit[i] * total;
                if (resumes[i]) {
                    remaining[i] = total > 0 ? Math.max(1, Math.round(units * progressLeft[i])) : 0;
                }
            }
        } else {
            for (let s = 0; s < sampledItems.length; s++) {
                state = nextState(state);
                drawn[sampledItems[s]] = draws.quantile(s, levelAfter(state));
            }
        }
        for (let k = 0; k < waitItems.length; k++) {
            wait[waitItems[k]] = 0;
        }
        for (let r = 0; r < prepared.length; r++) {
            const risk = prepared[r];
            const occurs = levelAfter(state = nextState(state)) < risk.probability;
            const delayLevel = levelAfter(state = nextState(state));
            const costLevel = levelAfter(state = nextState(state));
            if (!occurs) {
                continue;
            }
            occurrences[r]++;
            const days = risk.delay ? risk.delay.quantile(delayLevel) : 0;
            riskDelays[r * iterations + iteration] = risk.sign * days;
            if (risk.cost) {
                cost += risk.sign * risk.cost.quantile(costLevel);
            }
            for (const effect of risk.effects) {
                const units = days * unitsPerDay[effect.item];
                if (effect.wait) {
                    wait[effect.item] += units;
                } else {
                    extra[effect.item] += risk.sign * units;
                }
            }
        }
        // Otherwise the draws and what the risks add or save make the work.
        if (!straight) {
            for (let k = 0; k < variedItems.length; k++) {
                const i = variedItems[k];
                const total = Math.max(0, Math.round(drawn[i] + extra[i]));
                work[i] = total;
                cost += costPerUnit[i] * total;
                if (resumes[i]) {
                    // Work done stays done: what is left is the drawn duration's share not done, never nothing.
                    remaining[i] = total > 0 ? Math.max(1, Math.round(drawn[i] * progressLeft[i] + extra[i])) : 0;
                }
                extra[i] = 0;
            }
        }
        for (let k = 0; k < waitItems.length; k++) {
            wait[waitItems[k]] = Math.round(wait[waitItems[k]]);
        }

        finishDays[iteration] = network.dayOfPoint(passes.run(input, countCritical));
        for (let m = 0; m < milestones.length; m++) {
            milestoneDays[m * iterations + iteration] = network.dayOfPoint(passes.lastDay(milestones[m]));
        }
        for (const date of tracked) {
            let last = -Infinity;
            for (let k = 0; k < date.items.length; k++) {
                last = Math.max(last, passes.lastDay(date.items[k]));
            }
            if (network.dayOfPoint(last) <= date.lastDay) {
                date.met++;
            }
        }
        if (costs) {
            costs[iteration] = cost;
        }
    }

    const share = (count: number) => count / iterations;
    const toDates = (days: PercentileValues<number>): DatePercentiles => ({
        p10: isoDateOfDayNumber(days.p10), p50: isoDateOfDayNumber(days.p50), p80: isoDateOfDayNumber(days.p80), p90: isoDateOfDayNumber(days.p90),
    });
    const confidence: ScheduleConfidence = {
        iterations, seed,
        finish: toDates(dayPercentiles(finishDays)),
        dates: tracked.map(date => ({ ...date.confidence, probability: share(date.met) })),
        milestones: milestones.map((i, m) => ({
            id: plan.items[i].id, name: plan.items[i].name, planned: plannedMilestones[m],
            finish: toDates(dayPercentiles(milestoneDays.subarray(m * iterations, (m + 1) * iterations))),
        })),
    };
    const uncounted = (): never => {
        throw new Error('The iterations did not count the critical path: there is no whole analysis of them.');
    };
    return { confidence, finishDays, analysis: countCritical ? wholeAnalysis : uncounted };

    function wholeAnalysis(): ScheduleRiskAnalysis {
        const finishRanks = dayMidRanks(finishDays);
        const sensitivity = drawnSensitivity(seed, iterations, sampled.length, prepared.length, finishRanks);
        const histogram = dayHistogram(finishDays);
        const sensitivityOf = new Map(sampled.map((task, s) => [task.item, sensitivity[s]]));
        const costPercentiles = costs && valuePercentiles(costs);
        return {
            iterations, seed, levelled: false, notes,
            start: isoDateOfDayNumber(network.dayOfPoint(network.projectStart)),
            plannedFinish: isoDateOfDayNumber(plannedFinishDay),
            plannedFinishProbability: share(finishDays.reduce((count, day) => count + (day <= plannedFinishDay ? 1 : 0), 0)),
            finish: confidence.finish, dates: confidence.dates, milestones: confidence.milestones,
            tasks: plan.items.flatMap((item, i) => item.kind === 'phase' || outside(i) || network.complete[i] ? [] : [{
                id: item.id, name: item.name, kind: item.kind, criticality: share(passes.criticalCount[i]),
                sensitivity: sensitivityOf.has(i) ? rounded(sensitivityOf.get(i)!) : undefined,
            }]),
            risks: prepared.map((risk, r) => ({
                id: risk.input.id, name: risk.input.name, opportunity: risk.sign < 0, occurred: share(occurrences[r]),
                sensitivity: rounded(correlationWithRanks(midRanks(riskDelays.subarray(r * iterations, (r + 1) * iterations)), finishRanks)),
            })),
            cost: costs && costPercentiles ? {
                planned: cents(plannedCost), mean: cents(costs.reduce((total, value) => total + value, 0) / iterations),
                p10: cents(costPercentiles.p10), p50: cents(costPercentiles.p50), p80: cents(costPercentiles.p80), p90: cents(costPercentiles.p90),
            } : undefined,
            histogram: {
                binDays: histogram.binDays,
                bins: histogram.bins.map(bin => ({ from: isoDateOfDayNumber(bin.from), to: isoDateOfDayNumber(bin.to), count: bin.count, cumulative: bin.cumulative })),
            },
        };
    }
}

const rounded = (value: number) => Math.round(value * 1e4) / 1e4;
const cents = (value: number) => Math.round(value * 100) / 100;

/**
 * Each sampled task's rank correlation with the finish. A duration is drawn by its quantile
 * function from a uniform level, so the level is the duration's exact rank among all it could
 * take; the levels are read again from the seeded stream rather than kept, which would take
 * iterations x tasks numbers of memory.
 */
function drawnSensitivity(seed: number, iterations: number, tasks: number, risks: number, finishRanks: Float64Array): Float64Array {
    const levels = new Float64Array(tasks);
    const squares = new Float64Array(tasks);
    const products = new Float64Array(tasks);
    let state = seed | 0;
    let ranks = 0;
    let ranksSquared = 0;
    for (let iteration = 0; iteration < iterations; iteration++) {
        const rank = finishRanks[iteration];
        ranks += rank;
        ranksSquared += rank * rank;
        for (let s = 0; s < tasks; s++) {
            state = nextState(state);
            const u = levelAfter(state);
            levels[s] += u;
            squares[s] += u * u;
            products[s] += u * rank;
        }
        for (let r = 0; r < 3 * risks; r++) {
            state = nextState(state);
        }
    }
    return Float64Array.from(products, (xy, s) => correlationOfSums({ n: iterations, x: levels[s], xx: squares[s], y: ranks, yy: ranksSquared, xy }));
}

/**
 * Tasks whose duration is drawn: those with a three-point estimate, and those whose duration has
 * an `uncertainty` (their own or the plan's), unless finished.
 */
function sampledTasks(plan: PlanInput, network: RiskNetwork): SampledTask[] {
    const time = network.time;
    const tasks: SampledTask[] = [];
    plan.items.forEach((item, i) => {
        if (item.kind !== 'task' || network.onCycle[i] || network.complete[i]) {
            return;
        }
        const kind = item.distribution ?? plan.distribution;
        const line = network.lines[i];
        const minutesPerUnit = time.inTicks ? time.tickMinutes : time.minutesPerDay[i];
        const units = (span: WorkingSpan) => Math.max(0, spanMinutes(span, time.minutesPerDay[i], line.workdaysPerWeek)) / minutesPerUnit;
        if (item.estimate) {
            const low = units(item.estimate.optimistic);
            const high = units(item.estimate.pessimistic);
            if (high > low) {
                tasks.push({ item: i, distribution: distributionOf({ low, mostLikely: units(item.estimate.mostLikely), high }, kind) });
            }
            return;
        }
        const range = item.uncertainty ?? plan.uncertainty;
        const duration = network.work[i];
        if (range && duration > 0 && range.high > range.low) {
            const low = Math.max(0, duration * (1 + Math.min(0, range.low)));
            const high = duration * (1 + Math.max(0, range.high));
            tasks.push({ item: i, distribution: distributionOf({ low, mostLikely: duration, high }, kind) });
        }
    });
    return tasks;
}

/**
 * What a risk does when it occurs: its delay lengthens each task it affects (an opportunity's
 * saving shortens it), makes a milestone wait, and makes a phase's work wait where nothing else in
 * the phase comes before it, so that the phase starts late. An opportunity cannot bring a
 * milestone or a phase forward of its logic: there it saves nothing.
 */
function prepareRisk(risk: ScheduleRiskInput, plan: PlanInput, network: RiskNetwork, notes: string[]): PreparedRisk {
    const sign = risk.opportunity ? -1 : 1;
    const effects: RiskEffect[] = [];
    for (const id of risk.affects) {
        const i = network.indexOf.get(id);
        if (i === undefined || network.onCycle[i]) {
            notes.push(`'${risk.id}' affects '${id}', which is not scheduled: it has no effect there.`);
            continue;
        }
        const kind = plan.items[i].kind;
        if (kind === 'task') {
            if (!network.complete[i]) {
                effects.push({ item: i, wait: false });
            }
        } else if (sign < 0) {
            notes.push(`'${risk.id}' is an opportunity on '${id}', a ${kind}: there is no work of its own to shorten, so it saves no time there.`);
        } else if (kind === 'milestone') {
            effects.push({ item: i, wait: true });
        } else {
            phaseEntries(i, network).forEach(item => effects.push({ item, wait: true }));
        }
    }
    const delay = risk.delay && distributionOf({ low: risk.delay.optimistic, mostLikely: risk.delay.mostLikely, high: risk.delay.pessimistic }, plan.distribution);
    const cost = risk.cost && distributionOf({ low: risk.cost.optimistic, mostLikely: risk.cost.mostLikely, high: risk.cost.pessimistic }, plan.distribution);
    return { input: risk, probability: Math.min(1, Math.max(0, risk.probability)), sign, delay, cost, effects };
}

/** The phase's work, at any depth, that nothing else in the phase comes before. */
function phaseEntries(phase: number, network: RiskNetwork): number[] {
    const within = (i: number) => {
        // Bounded: with repeated ids (an error) the chain of phases could loop.
        for (let at = network.parent[i], steps = 0; at !== -1 && steps < network.count; at = network.parent[at], steps++) {
            if (at === phase) {
                return true;
            }
        }
        return false;
    };
    const entries: number[] = [];
    network.plan.items.forEach((item, i) => {
        if (network.isPhase[i] || network.onCycle[i] || network.complete[i] || !network.phasesAround[i].includes(phase)) {
            return;
        }
        const inside = item.dependencies.some(dependency => {
            const from = dependency.project === undefined ? network.indexOf.get(dependency.predecessor) : undefined;
            return from !== undefined && from !== phase && within(from);
        });
        if (!inside) {
            entries.push(i);
        }
    });
    return entries;
}

/** The project's deadline, then each item's deadline and finish constraints, in plan order. */
function trackedDates(plan: PlanInput, network: RiskNetwork): TrackedDate[] {
    const work = network.plan.items.flatMap((_, i) => network.isPhase[i] || network.onCycle[i] ? [] : [i]);
    const dates: TrackedDate[] = [];
    const track = (confidence: Omit<DateConfidence, 'probability'>, items: number[]) => {
        if (items.length > 0) {
            dates.push({ confidence, items: Int32Array.from(items), lastDay: dayNumberOf(confidence.date), met: 0 });
        }
    };
    if (plan.deadline !== undefined) {
        track({ kind: 'deadline', date: plan.deadline }, work);
    }
    plan.items.forEach((item, i) => {
        if (network.onCycle[i] || network.complete[i]) {
            return;
        }
        if (item.deadline === undefined && !item.constraints.some(constraint => constraint.kind === 'finish-no-later-than' || constraint.kind === 'finish-on')) {
            return;
        }
        const items = network.isPhase[i] ? work.filter(j => network.phasesAround[j].includes(i) && !network.complete[j]) : [i];
        if (item.deadline !== undefined) {
            track({ item: item.id, kind: 'task-deadline', date: item.deadline }, items);
        }
        for (const constraint of item.constraints) {
            if (constraint.kind === 'finish-no-later-than' || constraint.kind === 'finish-on') {
                track({ item: item.id, kind: constraint.kind, date: constraint.date }, items);
            }
        }
    });
    return dates;
}
