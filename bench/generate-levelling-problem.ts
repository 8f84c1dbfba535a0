// A deterministic levelling problem of any size for the benchmark: 50 parallel lanes of work
// on a weekday calendar with holidays, each item after one or two of the row before (mostly
// finish-to-start, some start-to-start or finish-to-finish, some with lags), every 25th a
// milestone, each task needing one or two of the resources (people and crews of two or three,
// some with a week of leave) that its lane mostly uses.
import { dayNumberOf } from '../language/src/engine/calendar-dates.js';
import type { LevellingActivity, LevellingDemand, LevellingLink, LevellingProblem, LevellingResource } from '../language/src/engine/levelling/levelling-problem.js';
import type { DependencyType } from '../language/src/engine/plan-model.js';
import { WorkingCalendar } from '../language/src/engine/working-calendar.js';
import { mulberry32 } from '../test/support/seeded-random.js';
import { BENCH_HOLIDAYS, BENCH_START } from './generate-plan.js';

const LANES = 50;

export function generateLevellingProblem(activityCount: number, resourceCount = 50, seed = 42): LevellingProblem {
    const next = mulberry32(seed);
    const holidays = BENCH_HOLIDAYS.map(from => ({ from }));
    const calendar = new WorkingCalendar({ workdays: [], holidays }, BENCH_START);
    const start = dayNumberOf(BENCH_START);
    const resources: LevellingResource[] = Array.from({ length: resourceCount }, (_, r) => {
        const leave = r % 5 === 0 ? [{ from: `2027-0${1 + (r % 9)}-1${r % 3}`, to: `2027-0${1 + (r % 9)}-1${7 + (r % 3)}` }] : [];
        return {
            id: `r${r}`,
            units: r % 4 === 0 ? 2 + (r % 8 === 0 ? 1 : 0) : 1,
            calendar: leave.length > 0 ? new WorkingCalendar({ workdays: [], holidays: [...holidays, ...leave] }, BENCH_START) : calendar,
        };
    });
    const activities: LevellingActivity[] = [];
    for (let i = 0; i < activityCount; i++) {
        const milestone = i % 25 === 24;
        const predecessors: LevellingLink[] = [];
        const rowBefore = i - LANES;
        if (rowBefore >= 0) {
            const roll = next();
            const type: DependencyType = roll < 0.1 ? 'SS' : roll < 0.15 ? 'FF' : 'FS';
            predecessors.push({ activity: Math.max(0, rowBefore - Math.floor(next() * 3)), type, lag: next() < 0.1 ? 2 : 0 });
            const other = Math.max(0, rowBefore - Math.floor(next() * LANES));
            if (next() < 0.4 && other !== predecessors[0].activity) {
                predecessors.push({ activity: other, type: 'FS', lag: 0 });
            }
        }
        const demands: LevellingDemand[] = [];
        if (!milestone) {
            const lane = i % LANES;
            const first = (lane + (next() < 0.3 ? Math.floor(next() * resourceCount) : 0)) % resourceCount;
            demands.push({ resource: first, units: 1 });
            if (next() < 0.3) {
                const second = (first + 1 + Math.floor(next() * (resourceCount - 1))) % resourceCount;
                demands.push({ resource: second, units: 1 });
            }
        }
        activities.push({
            id: `t${i}`,
            duration: milestone ? 0 : 1 + Math.floor(next() * 10),
            calendar,
            release: start,
            unlevelledStart: start,
            priority: next() < 0.1 ? 700 : 500,
            demands,
            predecessors,
        });
    }
    return { activities, resources, lagCalendar: calendar };
}
