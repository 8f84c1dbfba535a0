// Forward-backward improvement, or justification (Li and Willis 1992; Valls, Ballestin and
// Quintanilla 2005): right-justify a schedule against its finish, taking work in order of latest
// end, then left-justify the result in order of start. Each round trip fills holes the serial
// scheme left; with plain finish-to-start links it never makes the finish later, and it usually
// makes it earlier.
import type { ActivityOrder } from './activity-order.js';
import type { LevellingNetwork } from './levelling-network.js';
import { copySchedule, emptySchedule, type PlacedSchedule, type SerialScheduler } from './serial-schedule.js';

/** Round trips while each one gains: a few suffice (Valls et al.), and each costs two schedules. */
const MAX_ROUND_TRIPS = 4;

/** Lower is better: the finish first, then the sum of starts, so that nothing waits for nothing. */
export function isBetter(a: PlacedSchedule, b: PlacedSchedule, network: LevellingNetwork): boolean {
    if (a.finish !== b.finish) {
        return a.finish < b.finish;
    }
    return startSum(a, network) < startSum(b, network);
}

function startSum(schedule: PlacedSchedule, network: LevellingNetwork): number {
    let sum = 0;
    for (const a of network.movable) {
        sum += schedule.start[a];
    }
    return sum;
}

export class Justification {
    private readonly list: Int32Array;
    private readonly key: Float64Array;
    private readonly negatedRank: Float64Array;
    private readonly rightJustified: PlacedSchedule;
    private readonly leftJustified: PlacedSchedule;

    constructor(
        private readonly network: LevellingNetwork,
        private readonly scheduler: SerialScheduler,
        private readonly order: ActivityOrder,
        private readonly rank: Float64Array,
    ) {
        this.list = new Int32Array(network.movable.length);
        this.key = new Float64Array(network.count);
        this.negatedRank = rank.map(position => -position);
        this.rightJustified = emptySchedule(network);
        this.leftJustified = emptySchedule(network);
    }

    /** Improves `schedule` in place while round trips gain and `mayGenerate` allows two more schedules. */
    improve(schedule: PlacedSchedule, mayGenerate: (schedules: number) => boolean): void {
        for (let trip = 0; trip < MAX_ROUND_TRIPS && mayGenerate(2); trip++) {
            this.rightJustify(schedule, schedule.finish, this.rightJustified);
            const { key, network } = this;
            for (const a of network.movable) {
                key[a] = this.rightJustified.start[a];
            }
            this.scheduler.forward(this.order.forward(key, this.rank, this.list), this.leftJustified);
            if (!isBetter(this.leftJustified, schedule, network)) {
                return;
            }
            copySchedule(this.leftJustified, schedule);
        }
    }

    /** The backward pass alone: each activity as late as the others (right-justified first) let it be, by `deadline`. */
    rightJustify(schedule: PlacedSchedule, deadline: number, into: PlacedSchedule): void {
        const { key, network } = this;
        for (const a of network.movable) {
            key[a] = -schedule.end[a];
        }
        this.scheduler.backward(this.order.backward(key, this.negatedRank, this.list), schedule, deadline, into);
    }
}
