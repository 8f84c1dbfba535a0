// Deterministic plans that exercise every kind of link, for the Gantt picture's tests and the
// preview benchmark: four phases or more (of 40 items at most) in eight parallel lanes, each item after one of the lane
// before, the link types in turn (FS, SS, FF, SF) with lags and leads, a milestone every 13th item,
// the first item of each phase after the whole phase before, and work done at the start.
import { mulberry32 } from './seeded-random.js';

const LANES = 8;
const TYPES = ['FS', 'SS', 'FF', 'SF', 'FS', 'FS'] as const;
const LAGS = ['', ' +1d', ' -1d', '', ' +2d'] as const;

/** A plan of `count` tasks and milestones as .proj text, the same for the same count and seed. */
export function linkedPlanText(count: number, seed = 7): string {
    const next = mulberry32(seed);
    const PHASE_SIZE = Math.max(5, Math.min(40, Math.ceil(count / 4)));
    const lines = ['project linked "Linked plan" {', '    start 2027-01-04', '    status 2027-01-20'];
    for (let i = 0; i < count; i++) {
        if (i % PHASE_SIZE === 0) {
            if (i > 0) {
                lines.push('    }');
            }
            lines.push(`    phase p${i / PHASE_SIZE} "Phase ${i / PHASE_SIZE + 1}" {`);
        }
        const after: string[] = [];
        if (i >= LANES) {
            const predecessor = i - LANES + Math.floor(next() * 3) - 1;
            after.push(`t${Math.min(i - 1, Math.max(0, predecessor))} ${TYPES[i % TYPES.length]}${LAGS[i % LAGS.length]}`);
        }
        if (i % PHASE_SIZE === 0 && i > 0) {
            after.push(`p${i / PHASE_SIZE - 1}`);
        }
        const milestone = i % 13 === 12;
        const body = [
            milestone ? '' : `duration ${1 + Math.floor(next() * 5)}d`,
            after.length > 0 ? `after ${after.join(', ')}` : '',
            i < count * 0.04 ? 'progress 100%' : i < count * 0.08 ? 'progress 40%' : '',
        ].filter(Boolean).join(' ');
        lines.push(`        ${milestone ? 'milestone' : 'task'} t${i} "Item ${i}" { ${body} }`);
    }
    lines.push('    }', '}', '');
    return lines.join('\n');
}
