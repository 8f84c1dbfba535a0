// Levelling against PSPLIB's j30 (480 projects with proven optimal makespans) with the default
// budget, beside one pass of the serial scheme, and on a generated plan of 10,000 activities and
// 50 resources.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defaultScheduleBudget, levelResources } from '../language/src/engine/levelling/level-resources.js';
import type { LevellingProblem } from '../language/src/engine/levelling/levelling-problem.js';
import { makespanOf, PSPLIB, psplibSet, type PsplibInstance } from '../test/support/psplib.js';
import { generateLevellingProblem } from './generate-levelling-problem.js';
import { formatMs, medianMs } from './measure.js';

const TARGETS = { meanDeviation: 0.5, atOptimum: 408, instanceMs: 200, scaleMs: 2000 };
const SCALE = { activities: 10_000, resources: 50 };

export interface LevellingFigures {
    j30?: {
        meanDeviation: number;
        atOptimum: number;
        meanMs: number;
        maxMs: number;
        meanSchedules: number;
        singlePassDeviation: number;
        singlePassAtOptimum: number;
    };
    scale: { ms: number; firstMs: number; schedules: number };
}

type Instance = PsplibInstance & { readonly optimum: number };

/**
 * Mean deviation from the optimum (%), the count at it, and the time of each instance: the
 * median of `runs` (levelling is deterministic, so only the time varies, with the machine).
 */
async function levelAll(instances: readonly Instance[], budget?: number, runs = 1): Promise<{ deviation: number; atOptimum: number; times: number[]; schedules: number }> {
    let deviation = 0;
    let atOptimum = 0;
    let schedules = 0;
    const times: number[] = [];
    for (const instance of instances) {
        const problem: LevellingProblem = budget === undefined ? instance.problem : { ...instance.problem, schedules: budget };
        const result = levelResources(problem);
        times.push(runs > 1 ? await medianMs(() => levelResources(problem), runs, 0) : 0);
        const makespan = makespanOf(result.finish);
        deviation += (makespan - instance.optimum) / instance.optimum;
        atOptimum += makespan === instance.optimum ? 1 : 0;
        schedules += result.schedulesTried;
    }
    return { deviation: 100 * deviation / instances.length, atOptimum, times, schedules: schedules / instances.length };
}

/** The length without resources: the longest chain of durations (every j30 link is finish-to-start). */
function unlevelledLength(instance: Instance): number {
    const ends: number[] = [];
    for (const activity of instance.problem.activities) {
        // PSPLIB numbers jobs so that predecessors come first.
        const start = Math.max(0, ...activity.predecessors.map(link => ends[link.activity]));
        ends.push(start + activity.duration);
    }
    return Math.max(...ends);
}

const verdict = (met: boolean) => (met ? 'met' : 'MISSED');

export async function benchLevelling(): Promise<LevellingFigures> {
    const figures: LevellingFigures = { scale: { ms: 0, firstMs: 0, schedules: 0 } };
    if (existsSync(join(PSPLIB, 'j30-optimum.csv'))) {
        const instances = psplibSet('j30');
        // Warm the JIT on a few instances first, as the other benchmarks do.
        await levelAll(instances.slice(0, 24));
        const single = await levelAll(instances, 1);
        const levelled = await levelAll(instances, undefined, 3);
        const meanMs = levelled.times.reduce((sum, ms) => sum + ms, 0) / instances.length;
        const maxMs = Math.max(...levelled.times);
        figures.j30 = {
            meanDeviation: levelled.deviation, atOptimum: levelled.atOptimum, meanMs, maxMs, meanSchedules: levelled.schedules,
            singlePassDeviation: single.deviation, singlePassAtOptimum: single.atOptimum,
        };
        const alreadyOptimal = instances.filter(instance => unlevelledLength(instance) === instance.optimum).length;
        console.log(`levelling PSPLIB j30, ${instances.length} projects, default budget (up to ${defaultScheduleBudget(30)} schedules; ${levelled.schedules.toFixed(0)} on average, fewer where a bound proves the optimum)`);
        console.log(`levelling   mean deviation from the optimum  ${levelled.deviation.toFixed(2).padStart(6)}%     target <= ${TARGETS.meanDeviation}%   ${verdict(levelled.deviation <= TARGETS.meanDeviation)}`);
        console.log(`levelling   at the optimum                   ${String(levelled.atOptimum).padStart(4)}/${instances.length}   target >= ${TARGETS.atOptimum}    ${verdict(levelled.atOptimum >= TARGETS.atOptimum)}`);
        console.log(`levelling   time per project (median of 3)  mean ${formatMs(meanMs).padStart(8)}, max ${formatMs(maxMs).padStart(8)}   target <= ${TARGETS.instanceMs} ms ${verdict(maxMs <= TARGETS.instanceMs)}`);
        console.log(`levelling   for context: one pass of the serial scheme with the latest-finish rule: ${single.deviation.toFixed(2)}% above the optimum, ${single.atOptimum}/${instances.length} at it`);
        console.log(`levelling   for context: ${alreadyOptimal}/${instances.length} are optimal unlevelled; MS Project 2019's own levelling of this set: MPUG, "Is MS Project's Leveling Optimal?"`);
    } else {
        console.log(`levelling PSPLIB j30 not found at ${PSPLIB}: set PSPLIB to its directory`);
    }
    const problem = generateLevellingProblem(SCALE.activities, SCALE.resources);
    let schedules = 0;
    const firstStarted = performance.now();
    schedules = levelResources(problem).schedulesTried;
    const firstMs = performance.now() - firstStarted;
    const ms = await medianMs(() => levelResources(problem), 3, 0);
    figures.scale = { ms, firstMs, schedules };
    const slower = Math.max(ms, firstMs);
    console.log(`levelling ${SCALE.activities.toLocaleString('en')} activities, ${SCALE.resources} resources, ${schedules} schedules: first ${formatMs(firstMs)}, median ${formatMs(ms)}   target <= ${TARGETS.scaleMs / 1000} s ${verdict(slower <= TARGETS.scaleMs)}`);
    return figures;
}
