import { describe, expect, test } from 'vitest';
import { dayNumberOf } from '../../language/src/engine/calendar-dates.js';
import { DayLine } from '../../language/src/engine/levelling/day-line.js';
import { LinkBounds } from '../../language/src/engine/levelling/link-bounds.js';
import type { DependencyType } from '../../language/src/engine/plan-model.js';
import { earliestStartByLink, endOf, latestStartToEndBy, startOnOrAfter, workingDayOnOrBefore } from '../../language/src/engine/work-time.js';
import { CalendarWithoutWorkError, WorkingCalendar } from '../../language/src/engine/working-calendar.js';

// Levelling's fast day arithmetic must mean exactly what work-time.ts means.

const START = '2027-01-04';
const base = dayNumberOf('2027-01-01');
const calendars = {
    weekdays: new WorkingCalendar({ workdays: [], holidays: [{ from: '2027-01-13' }, { from: '2027-02-01', to: '2027-02-05' }] }, START),
    weekends: new WorkingCalendar({ workdays: ['sat', 'sun'], holidays: [] }, START),
    everyDay: new WorkingCalendar({ workdays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], holidays: [{ from: '2027-01-20' }] }, START),
};

describe('a calendar laid out as a line of days', () => {
    test.each(Object.entries(calendars))('on %s, starts, ends and latest starts agree with work-time.ts', (_, calendar) => {
        const line = new DayLine(calendar, base);
        for (let offset = 0; offset < 120; offset++) {
            const day = base + offset;
            expect(base + line.startOnOrAfter(offset)).toBe(startOnOrAfter(calendar, day));
            if (line.indexOnOrBefore(offset) >= 0) {
                expect(line.at[line.indexOnOrBefore(offset)] + base).toBe(workingDayOnOrBefore(calendar, day));
            }
            for (let duration = 1; duration <= 6; duration++) {
                const first = line.indexOnOrAfter(offset);
                expect(base + line.endFromIndex(first, duration)).toBe(endOf(calendar, startOnOrAfter(calendar, day), duration));
                const latest = line.latestStartIndexToEndBy(offset, duration);
                if (latest >= 0) {
                    expect(base + line.at[latest]).toBe(latestStartToEndBy(calendar, day, duration));
                }
            }
        }
    });

    test('a calendar that stops working for more than ten years is reported, not searched for ever', () => {
        const january = new WorkingCalendar({ workdays: [], holidays: [{ from: '2027-02-01', to: '2040-12-31' }] }, START);
        const line = new DayLine(january, base);
        expect(() => line.coverWorkingDay(25)).toThrow(CalendarWithoutWorkError);
        // New Year's Day and four weeks of January.
        expect(line.count).toBe(21);
    });
});

describe('link bounds both ways', () => {
    const types: DependencyType[] = ['FS', 'SS', 'FF', 'SF'];
    const pairs = [
        ['weekdays', 'weekdays'], ['weekdays', 'weekends'], ['weekends', 'everyDay'], ['everyDay', 'weekdays'],
    ] as const;

    test.each(types)('%s: the earliest successor start is work-time.ts\'s, and the latest predecessor start is its exact inverse', type => {
        const bounds = new LinkBounds(calendars.weekdays, base);
        for (const [from, to] of pairs) {
            const predecessorCalendar = calendars[from];
            const successorCalendar = calendars[to];
            for (const lag of [-3, -1, 0, 1, 2]) {
                for (const predecessorDuration of [0, 1, 3]) {
                    for (const successorDuration of [0, 1, 4]) {
                        const link = { type, lag, predecessorCalendar, predecessorDuration, successorCalendar, successorDuration };
                        const bound = bounds.of(link);
                        const predecessorStarts = (offset: number) => predecessorDuration === 0 || predecessorCalendar.isWorkingDay(base + offset);
                        for (let offset = 10; offset < 50; offset++) {
                            if (predecessorStarts(offset)) {
                                const start = base + offset;
                                expect(base + bound.earliest.at(offset)).toBe(earliestStartByLink({
                                    type, lag, predecessorStart: start, predecessorEnd: endOf(predecessorCalendar, start, predecessorDuration),
                                }, calendars.weekdays, successorCalendar, successorDuration));
                            }
                            // Work starts on its working days; by a start (FS, SS), any day has an exact inverse.
                            const toFinish = type === 'FF' || type === 'SF';
                            if (toFinish && successorDuration > 0 && !successorCalendar.isWorkingDay(base + offset)) {
                                continue;
                            }
                            // The latest predecessor start that lets the successor start at `offset`:
                            // it does, and the next start the predecessor could take does not.
                            const latest = bound.latest.at(offset);
                            expect(predecessorStarts(latest), `${type} ${lag}: a start the predecessor can take`).toBe(true);
                            expect(bound.earliest.at(latest)).toBeLessThanOrEqual(offset);
                            let next = latest + 1;
                            while (!predecessorStarts(next)) {
                                next++;
                            }
                            expect(bound.earliest.at(next)).toBeGreaterThan(offset);
                        }
                    }
                }
            }
        }
    });

    test('links of the same type, lag, calendars and durations share their bounds', () => {
        const bounds = new LinkBounds(calendars.weekdays, base);
        const link = { type: 'FS' as const, lag: 2, predecessorCalendar: calendars.weekdays, predecessorDuration: 3, successorCalendar: calendars.weekdays, successorDuration: 2 };
        expect(bounds.of({ ...link })).toBe(bounds.of(link));
        // A start-to-start link does not depend on the predecessor's duration, nor FS on the successor's.
        expect(bounds.of({ ...link, type: 'SS', predecessorDuration: 5 })).toBe(bounds.of({ ...link, type: 'SS' }));
        expect(bounds.of({ ...link, successorDuration: 7 })).toBe(bounds.of(link));
        expect(bounds.of({ ...link, lag: 1 })).not.toBe(bounds.of(link));
    });
});
