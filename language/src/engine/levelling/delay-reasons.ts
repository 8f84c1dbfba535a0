// Why work starts later than its links and release allow: on the last day its start was refused,
// a resource had no units left for it, and these activities held them.
import { workingDaysBetween } from '../work-time.js';
import type { LevellingNetwork } from './levelling-network.js';
import type { LevellingDelay } from './levelling-problem.js';
import type { PlacedSchedule, SerialScheduler } from './serial-schedule.js';

/** The earliest start of `a` that its release and links allow, its predecessors placed as in `schedule`. */
export function earliestByLinks(network: LevellingNetwork, schedule: PlacedSchedule, a: number): number {
    let earliest = network.earliestStart[a];
    for (let l = network.predecessorFrom[a]; l < network.predecessorFrom[a + 1]; l++) {
        earliest = Math.max(earliest, network.predecessorBound[l].earliest.at(schedule.start[network.predecessor[l]]));
    }
    return earliest;
}

export function delayReasons(network: LevellingNetwork, scheduler: SerialScheduler, schedule: PlacedSchedule): Array<LevellingDelay | undefined> {
    const delays = new Array<LevellingDelay | undefined>(network.count).fill(undefined);
    const { profile } = scheduler;
    profile.reset();
    for (const a of network.movable) {
        if (network.duration[a] > 0 && !schedule.unplaceable[a]) {
            scheduler.take(a, network.line[a].indexOnOrAfter(schedule.start[a]), 1);
        }
    }
    const users = resourceUsers(network);
    for (const a of network.movable) {
        const d = network.duration[a];
        const earliest = earliestByLinks(network, schedule, a);
        if (d === 0 || schedule.unplaceable[a] || schedule.start[a] <= earliest) {
            continue;
        }
        const line = network.line[a];
        const placedAt = line.indexOnOrAfter(schedule.start[a]);
        scheduler.take(a, placedAt, -1);
        // Replay the search from the earliest start: every start before the levelled one clashes.
        let refusedOn = -1;
        let refusedFor = -1;
        for (let first = line.indexOnOrAfter(earliest); first < placedAt;) {
            line.coverWorkingDay(first + d - 1);
            profile.cover(line.at[first + d - 1]);
            let clash = -1;
            for (let k = d - 1; k >= 0 && clash < 0; k--) {
                const day = line.at[first + k];
                for (let q = network.demandFrom[a]; q < network.demandFrom[a + 1]; q++) {
                    if (profile.free[network.demandResource[q] * profile.stride + day] < network.demandFits[q]) {
                        clash = k;
                        refusedOn = day;
                        refusedFor = network.demandResource[q];
                        break;
                    }
                }
            }
            if (clash < 0) {
                break;
            }
            first += clash + 1;
        }
        scheduler.take(a, placedAt, 1);
        if (refusedFor < 0) {
            continue;
        }
        const busyWith = users[refusedFor].filter(other => other !== a && schedule.start[other] <= refusedOn
            && refusedOn < schedule.end[other] && worksOn(network, other, refusedOn));
        delays[a] = {
            days: workingDaysBetween(network.problem.activities[a].calendar, network.base + earliest, network.base + schedule.start[a]),
            resource: refusedFor,
            busyWith,
        };
    }
    return delays;
}

function worksOn(network: LevellingNetwork, a: number, day: number): boolean {
    const line = network.line[a];
    line.cover(day);
    return line.works[day] === 1;
}

/** For each resource, the activities whose work takes some of it. */
function resourceUsers(network: LevellingNetwork): number[][] {
    const users: number[][] = Array.from(network.resourceUnits, () => []);
    for (let a = 0; a < network.count; a++) {
        for (let q = network.demandFrom[a]; q < network.demandFrom[a + 1]; q++) {
            users[network.demandResource[q]].push(a);
        }
    }
    return users;
}
