// TaskJuggler 3 schedules the same plans: seeded random plans (hundreds of tasks, finish-to-start
// links with and without lags, holidays) are written both as .proj and as .tjp, scheduled by our
// language pipeline and by `tj3`, and every item must start and finish on the same working days.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Project } from '../../language/src/generated/ast.js';
import { createTestServices, validatePlan } from '../support/proj-test-services.js';
import { projLagText, projTextOf, projWorkText, randomPlan, type PeerItem, type PeerPlan, type StartDay } from './random-plans.js';
import { hasTj3, parseTaskReport, runTaskJuggler, tjpTextOf, WorkingDayReader, type TjRun } from './taskjuggler.js';

/** Each kind of start twice; tj3 takes about a second on 300 items, and the runs go in parallel. */
const CASES: ReadonlyArray<{ seed: number; items: number; startOn: StartDay }> = [
    { seed: 1, items: 300, startOn: 'monday' },
    { seed: 2, items: 300, startOn: 'weekday' },
    { seed: 3, items: 300, startOn: 'weekend' },
    { seed: 4, items: 300, startOn: 'holiday' },
    { seed: 5, items: 500, startOn: 'monday' },
    { seed: 6, items: 300, startOn: 'weekday' },
    { seed: 7, items: 300, startOn: 'weekend' },
    { seed: 8, items: 300, startOn: 'holiday' },
];
/** Plans in hours: durations in hours and part days, lags in working and elapsed hours and days. */
const CASES_IN_HOURS: ReadonlyArray<{ seed: number; items: number; startOn: StartDay }> = [
    { seed: 11, items: 200, startOn: 'monday' },
    { seed: 12, items: 200, startOn: 'weekday' },
    { seed: 13, items: 200, startOn: 'weekend' },
    { seed: 14, items: 200, startOn: 'holiday' },
];
const RESULTS = fileURLToPath(new URL('../../test-results/peer/', import.meta.url));

type Services = Awaited<ReturnType<typeof createTestServices>>;
interface Days { start: string; finish: string }

/** Parses, validates and schedules a .proj text through the language pipeline. */
async function projDays(services: Services, text: string): Promise<Map<string, Days>> {
    const { document, diagnostics } = await validatePlan(services, text);
    const errors = diagnostics.filter(diagnostic => diagnostic.severity === 1);
    expect(errors.map(error => `${error.range.start.line + 1}: ${error.message}`)).toEqual([]);
    const project = document.parseResult.value.elements[0] as Project;
    const schedule = services.Proj.planning.ProjectSchedules.scheduleOf(project);
    expect(schedule, 'the plan has a schedule').toBeDefined();
    expect(schedule!.unscheduled).toEqual([]);
    return new Map(schedule!.items.map(item => [item.id, item.startTime === undefined
        ? { start: item.start, finish: item.finish }
        : { start: `${item.start} ${item.startTime}`, finish: `${item.finish} ${item.finishTime}` }]));
}

/** TaskJuggler's dates of each item as inclusive working days. */
function tjDays(plan: PeerPlan, run: TjRun): Map<string, Days> {
    const reader = new WorkingDayReader(plan.holidays);
    const days = new Map<string, Days>();
    for (const item of plan.items) {
        const times = run.times.get(item.id);
        if (times) {
            if (item.kind === 'milestone' && times.start !== times.end) {
                throw new Error(`tj3 gave milestone ${item.id} a span: ${times.start} .. ${times.end}`);
            }
            days.set(item.id, plan.inHours ? reader.instants(times, item.kind) : reader.days(times, item.kind));
        }
    }
    return days;
}

function describeItem(item: PeerItem): string {
    const links = item.after.map(link => `${link.predecessor}${projLagText(link)}`);
    return `${item.kind} ${item.id}${item.kind === 'task' ? ` ${projWorkText(item)}` : ''}${links.length > 0 ? ` after ${links.join(', ')}` : ''}`;
}

/** Lists the items whose dates differ; saves both plans under test-results/peer/ when any do. */
function mismatches(plan: PeerPlan, ours: Map<string, Days>, run: TjRun, proj: string, tjp: string): string[] {
    const theirs = tjDays(plan, run);
    const differing: string[] = [];
    for (const item of plan.items) {
        const a = ours.get(item.id);
        const b = theirs.get(item.id);
        if (!a || !b || a.start !== b.start || a.finish !== b.finish) {
            const raw = run.times.get(item.id);
            differing.push(`${describeItem(item)}: proj ${a ? `${a.start}..${a.finish}` : 'missing'}, tj3 ${b ? `${b.start}..${b.finish}` : 'missing'}`
                + (raw ? ` (tj3 raw ${raw.start} .. ${raw.end})` : ''));
        }
    }
    if (differing.length > 0) {
        mkdirSync(RESULTS, { recursive: true });
        writeFileSync(`${RESULTS}seed-${plan.seed}.proj`, proj);
        writeFileSync(`${RESULTS}seed-${plan.seed}.tjp`, tjp);
        writeFileSync(`${RESULTS}seed-${plan.seed}.tj3.csv`, run.csv);
    }
    return differing;
}

describe('reading TaskJuggler instants as working days', () => {
    // 2027-01-08 is a Friday; 2027-01-13 is a holiday here.
    const reader = new WorkingDayReader([{ from: '2027-01-13' }]);

    test('a start at the project start, on a working day or not, is the first working day from it', () => {
        expect(reader.startDay('2027-01-04 00:00')).toBe('2027-01-04');
        expect(reader.startDay('2027-01-02 00:00')).toBe('2027-01-04');
        expect(reader.startDay('2027-01-13 00:00')).toBe('2027-01-14');
    });

    test('a start at the predecessor\'s end of work is the next working day, across weekends and holidays', () => {
        expect(reader.startDay('2027-01-08 17:00')).toBe('2027-01-11');
        expect(reader.startDay('2027-01-12 17:00')).toBe('2027-01-14');
        expect(reader.startDay('2027-01-11 09:00')).toBe('2027-01-11');
    });

    test('an end at the end of work is that day; an end before a day\'s work is the working day before', () => {
        expect(reader.finishDay('2027-01-08 17:00')).toBe('2027-01-08');
        expect(reader.finishDay('2027-01-11 00:00')).toBe('2027-01-08');
        expect(reader.finishDay('2027-01-14 09:00')).toBe('2027-01-12');
    });

    test('a milestone after a finish is on the finish day; one at the project start on its first working day', () => {
        expect(reader.milestoneDay('2027-01-08 17:00')).toBe('2027-01-08');
        expect(reader.milestoneDay('2027-01-04 00:00')).toBe('2027-01-04');
        expect(reader.milestoneDay('2027-01-02 00:00')).toBe('2027-01-04');
    });

    test('the CSV report: semicolons, quoted fields', () => {
        expect([...parseTaskReport('"Id";"Start";"End"\n"a";"2027-01-04 00:00";"2027-01-08 17:00"\n')]).toEqual([
            ['a', { start: '2027-01-04 00:00', end: '2027-01-08 17:00' }],
        ]);
    });
});

if (!hasTj3) {
    console.warn('TaskJuggler cross-check skipped: `tj3` is not installed (Debian/Ubuntu: apt-get install -y tj3).');
}

describe.skipIf(!hasTj3)('TaskJuggler 3 schedules the same plans', () => {
    let services: Services;

    beforeAll(async () => {
        services = await createTestServices();
    });

    test('tj3\'s own timestamps on a tiny plan: a Saturday start, a holiday, a lag, milestones', async () => {
        const plan: PeerPlan = {
            seed: 0, start: '2027-01-02', horizon: '2027-03-01',
            holidays: [{ from: '2027-01-13', to: '2027-01-14' }],
            items: [
                { id: 'kickoff', kind: 'milestone', days: 0, after: [] },
                { id: 'a', kind: 'task', days: 5, after: [] },
                { id: 'b', kind: 'task', days: 3, after: [{ predecessor: 'a', lagDays: 0 }] },
                { id: 'c', kind: 'task', days: 1, after: [{ predecessor: 'a', lagDays: 2 }] },
                { id: 'd', kind: 'task', days: 1, after: [{ predecessor: 'kickoff', lagDays: 2 }] },
                { id: 'done', kind: 'milestone', days: 0, after: [{ predecessor: 'b', lagDays: 0 }] },
            ],
        };
        const run = await runTaskJuggler(tjpTextOf(plan));
        expect(Object.fromEntries(run.times)).toEqual({
            kickoff: { start: '2027-01-02 00:00', end: '2027-01-02 00:00' },
            a: { start: '2027-01-02 00:00', end: '2027-01-08 17:00' },
            b: { start: '2027-01-08 17:00', end: '2027-01-15 17:00' },
            c: { start: '2027-01-12 17:00', end: '2027-01-15 17:00' },
            d: { start: '2027-01-05 17:00', end: '2027-01-06 17:00' },
            done: { start: '2027-01-15 17:00', end: '2027-01-15 17:00' },
        });
        const expected = {
            kickoff: { start: '2027-01-04', finish: '2027-01-04' },
            a: { start: '2027-01-04', finish: '2027-01-08' },
            b: { start: '2027-01-11', finish: '2027-01-15' },
            c: { start: '2027-01-15', finish: '2027-01-15' },
            d: { start: '2027-01-06', finish: '2027-01-06' },
            done: { start: '2027-01-15', finish: '2027-01-15' },
        };
        expect(Object.fromEntries(tjDays(plan, run))).toEqual(expected);
        expect(Object.fromEntries(await projDays(services, projTextOf(plan)))).toEqual(expected);
    });

    test('a three-task chain over Easter: the dates written here, from tj3 and from Proj', async () => {
        // 2027-03-22 is a Monday; Good Friday 2027-03-26 and Easter Monday 2027-03-29 are holidays.
        const proj = `project easter "Easter chain" {
            start 2027-03-22
            calendar { holiday 2027-03-26 "Good Friday" holiday 2027-03-29 "Easter Monday" }
            task design { duration 4d }
            task build { duration 2d after design }
            task review { duration 3d after build }
            milestone done { after review }
        }`;
        const tjp = `project easter "Easter chain" 2027-03-22 - 2027-06-01 {
            timezone "UTC" timingresolution 60min dailyworkinghours 8
            workinghours mon - fri 9:00 - 17:00
            workinghours sat, sun off
            now 2027-03-22
        }
        leaves holiday "Good Friday" 2027-03-26
        leaves holiday "Easter Monday" 2027-03-29
        task design "design" { length 4d }
        task build "build" { depends design length 2d }
        task review "review" { depends build length 3d }
        task done "done" { depends review milestone }
        taskreport "dates" { formats csv columns id, start, end timeformat "%Y-%m-%d %H:%M" }
        `;
        const expected = {
            design: { start: '2027-03-22', finish: '2027-03-25' },
            build: { start: '2027-03-30', finish: '2027-03-31' },
            review: { start: '2027-04-01', finish: '2027-04-05' },
            done: { start: '2027-04-05', finish: '2027-04-05' },
        };
        const run = await runTaskJuggler(tjp);
        // tj3 starts a dependent task at its predecessor's end of work, the evening before.
        expect(run.times.get('build')).toEqual({ start: '2027-03-25 17:00', end: '2027-03-31 17:00' });
        const reader = new WorkingDayReader([{ from: '2027-03-26' }, { from: '2027-03-29' }]);
        const kinds = { design: 'task', build: 'task', review: 'task', done: 'milestone' } as const;
        expect(Object.fromEntries([...run.times].map(([id, times]) => [id, reader.days(times, kinds[id as keyof typeof kinds])]))).toEqual(expected);
        expect(Object.fromEntries(await projDays(services, proj))).toEqual(expected);
    });

    // Found by this suite: a milestone after a milestone placed by a start (no predecessors, a
    // constraint or an SS link) was shown a working day early, before the project start here.
    test('a milestone after an unlinked milestone falls on the same day, as in TaskJuggler', async () => {
        const plan: PeerPlan = {
            seed: 0, start: '2027-01-04', horizon: '2027-02-01', holidays: [],
            items: [
                { id: 'kickoff', kind: 'milestone', days: 0, after: [] },
                { id: 'ready', kind: 'milestone', days: 0, after: [{ predecessor: 'kickoff', lagDays: 0 }] },
            ],
        };
        const run = await runTaskJuggler(tjpTextOf(plan));
        expect(Object.fromEntries(run.times)).toEqual({
            kickoff: { start: '2027-01-04 00:00', end: '2027-01-04 00:00' }, ready: { start: '2027-01-04 00:00', end: '2027-01-04 00:00' },
        });
        expect(Object.fromEntries(tjDays(plan, run))).toEqual({
            kickoff: { start: '2027-01-04', finish: '2027-01-04' }, ready: { start: '2027-01-04', finish: '2027-01-04' },
        });
        expect(Object.fromEntries(await projDays(services, projTextOf(plan)))).toEqual({
            kickoff: { start: '2027-01-04', finish: '2027-01-04' }, ready: { start: '2027-01-04', finish: '2027-01-04' },
        });
    });

    describeRandomPlans('seeded random plans: finish-to-start links with and without lags, holidays',
        CASES, {}, 'finish on the same working days', () => services);

    test('hours, part days and elapsed lags on a tiny plan: tj3\'s timestamps, and Proj\'s times', async () => {
        // 2027-01-08 is a Friday; 2027-01-11 a holiday.
        const plan: PeerPlan = {
            seed: 0, start: '2027-01-07', horizon: '2027-02-01', holidays: [{ from: '2027-01-11' }], inHours: true,
            items: [
                { id: 'a', kind: 'task', days: 1.5, after: [] },
                { id: 'b', kind: 'task', days: 0.5, inHours: true, after: [{ predecessor: 'a', lagDays: 0, lag: { amount: 2, unit: 'h' } }] },
                { id: 'c', kind: 'task', days: 1, after: [{ predecessor: 'b', lagDays: 0, lag: { amount: 2, unit: 'ed' } }] },
                { id: 'd', kind: 'task', days: 0.25, inHours: true, after: [{ predecessor: 'b', lagDays: 0, lag: { amount: 3, unit: 'eh' } }] },
                { id: 'done', kind: 'milestone', days: 0, after: [{ predecessor: 'c', lagDays: 0 }] },
            ],
        };
        const expected = {
            a: { start: '2027-01-07 09:00', finish: '2027-01-08 13:00' },
            // Two working hours after Friday 13:00; its 4h run past Monday, a holiday, to Tuesday.
            b: { start: '2027-01-08 15:00', finish: '2027-01-12 11:00' },
            // Two elapsed days after Tuesday 11:00: Thursday 11:00.
            c: { start: '2027-01-14 11:00', finish: '2027-01-15 11:00' },
            // Three elapsed hours after Tuesday 11:00, through lunch: 14:00.
            d: { start: '2027-01-12 14:00', finish: '2027-01-12 16:00' },
            done: { start: '2027-01-15 11:00', finish: '2027-01-15 11:00' },
        };
        const run = await runTaskJuggler(tjpTextOf(plan));
        expect(Object.fromEntries(tjDays(plan, run))).toEqual(expected);
        expect(Object.fromEntries(await projDays(services, projTextOf(plan)))).toEqual(expected);
    });

    describeRandomPlans('seeded random plans in hours: part days, hours, working and elapsed lags, holidays',
        CASES_IN_HOURS, { hours: true }, 'start and finish at the same times', () => services);
});

/**
 * Random plans of each case, scheduled by tj3 and by Proj; each item must agree. Every tj3 run
 * starts at once: they are independent processes.
 */
function describeRandomPlans(title: string, cases: typeof CASES, options: { hours?: boolean }, agreement: string, services: () => Services): void {
    describe(title, () => {
        const plans = new Map<number, { plan: PeerPlan; proj: string; tjp: string; run: Promise<TjRun> }>();

        beforeAll(() => {
            for (const { seed, items, startOn } of cases) {
                const plan = randomPlan(seed, { items, lags: true, startOn, ...options });
                const tjp = tjpTextOf(plan);
                const run = runTaskJuggler(tjp);
                run.catch(() => undefined);
                plans.set(seed, { plan, proj: projTextOf(plan), tjp, run });
            }
        });

        test.each(cases)(`seed $seed: $items items from a $startOn start ${agreement}`, async ({ seed }) => {
            const { plan, proj, tjp, run: pending } = plans.get(seed)!;
            const run = await pending;
            const ours = await projDays(services(), proj);
            const differing = mismatches(plan, ours, run, proj, tjp);
            expect(differing.length, `seed ${seed}: ${differing.length} of ${plan.items.length} items differ `
                + `(plans saved in test-results/peer/seed-${seed}.*):\n  ${differing.slice(0, 8).join('\n  ')}`).toBe(0);
        }, 120_000);
    });
}
