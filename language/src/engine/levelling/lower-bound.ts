// A finish no levelled plan can beat, so that the search stops once it reaches it: the finish
// without resources, and for each resource the day by which its units could first have done
// all the work asked of it (the energy bound).
import { UNITS_EPSILON, type LevellingNetwork } from './levelling-network.js';
import type { CriticalPath } from './priority-rules.js';

export function finishLowerBound(network: LevellingNetwork, path: CriticalPath): number {
    let bound = path.finish;
    const resources = network.resourceUnits.length;
    const energy = new Float64Array(resources);
    const from = new Float64Array(resources).fill(Infinity);
    // Fixed work may take more units than there are, which breaks the bound's premise that each
    // day gives at most the resource's units.
    const exempt = new Uint8Array(resources);
    for (let a = 0; a < network.count; a++) {
        for (let q = network.demandFrom[a]; q < network.demandFrom[a + 1]; q++) {
            const r = network.demandResource[q];
            if (network.fixed[a]) {
                exempt[r] = 1;
            }
            energy[r] += network.demandUnits[q] * network.duration[a];
            from[r] = Math.min(from[r], path.earlyStart[a]);
        }
    }
    for (let r = 0; r < resources; r++) {
        if (exempt[r] || energy[r] === 0) {
            continue;
        }
        const line = network.resourceLine[r];
        const units = network.resourceUnits[r];
        let done = 0;
        let idle = 0;
        for (let day = from[r]; idle <= 3660; day++) {
            line.cover(day);
            if (line.works[day]) {
                idle = 0;
                done += units;
                if (done >= energy[r] - UNITS_EPSILON) {
                    bound = Math.max(bound, day + 1);
                    break;
                }
            } else {
                idle++;
            }
        }
    }
    return bound;
}
