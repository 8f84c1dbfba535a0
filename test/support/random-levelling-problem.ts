// Small random levelling problems with everything levelling meets in real plans: three
// calendars, resources with leave, all four link types with lags and leads, milestones, pinned
// work, priority 1000 and demands no wait can meet.
import { dayNumberOf } from '../../language/src/engine/calendar-dates.js';
import type { LevellingActivity, LevellingProblem } from '../../language/src/engine/levelling/levelling-problem.js';
import type { DependencyType } from '../../language/src/engine/plan-model.js';
import { endOf } from '../../language/src/engine/work-time.js';
import { WorkingCalendar } from '../../language/src/engine/working-calendar.js';
import type { Random } from './seeded-random.js';

const START = '2027-01-04';
const start = dayNumberOf(START);
const calendars = [
    new WorkingCalendar({ workdays: [], holidays: [{ from: '2027-01-13' }] }, START),
    new WorkingCalendar({ workdays: ['sat', 'sun'], holidays: [] }, START),
    new WorkingCalendar({ workdays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], holidays: [] }, START),
];
const onLeave = new WorkingCalendar({ workdays: [], holidays: [{ from: '2027-01-18', to: '2027-01-22' }] }, START);
const LINK_TYPES: DependencyType[] = ['FS', 'SS', 'FF', 'SF'];

/** A problem of 6 to 14 activities on three resources, levelled with a budget of 60 schedules. */
export function randomLevellingProblem(random: Random): LevellingProblem {
    const resources = [
        { id: 'person', units: 1, calendar: calendars[0] },
        { id: 'crew', units: random.between(2, 4), calendar: calendars[2] },
        { id: 'away', units: 2, calendar: onLeave },
    ];
    const count = random.between(6, 14);
    const activities: LevellingActivity[] = [];
    for (let a = 0; a < count; a++) {
        const calendar = random.chance(0.7) ? calendars[0] : random.pick(calendars);
        const duration = random.chance(0.15) ? 0 : random.between(1, 5);
        const release = start + random.int(10);
        const pinned = random.chance(0.1) && duration > 0 ? { start: release, end: endOf(calendar, release, duration) } : undefined;
        activities.push({
            id: `a${a}`,
            duration,
            calendar,
            release,
            unlevelledStart: release,
            pinned,
            priority: random.chance(0.08) ? 1000 : random.pick([500, 500, 500, 700]),
            demands: [0, 1, 2].filter(() => random.chance(0.45)).map(resource => ({
                resource, units: random.chance(0.05) ? 5 : random.between(1, resource === 0 ? 1 : 2),
            })),
            predecessors: Array.from({ length: a === 0 ? 0 : random.int(3) }, () => ({
                activity: random.int(a),
                type: random.pick(LINK_TYPES),
                lag: random.chance(0.6) ? 0 : random.between(-2, 3),
            })),
        });
    }
    return { activities, resources, lagCalendar: calendars[0], schedules: 60, seed: random.int(1000) };
}

