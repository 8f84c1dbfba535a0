// What a link allows, in day offsets, through work-time.ts so that a link means in levelling
// exactly what it means to the scheduler. Levelling asks the same questions again and again (the
// same predecessor start, the same kind of link), so each answer is kept, shared by every link of
// the same type, lag, calendars and durations.
import type { DependencyType } from '../plan-model.js';
import {
    beforeLag, earliestStartByLink, endOf, latestStartToEndBy, workingDayOnOrBefore,
} from '../work-time.js';
import type { WorkingLine } from '../working-line.js';

const UNKNOWN = -0x80000000;
/** Offsets beyond this (three thousand years) are answered afresh rather than kept. */
const MEMO_LIMIT = 1 << 20;

/** A function of a day offset, each answer kept once found. */
export class MemoisedDays {
    private values = new Int32Array(0);

    constructor(private readonly compute: (offset: number) => number) {}

    at(offset: number): number {
        if (offset < 0 || offset >= MEMO_LIMIT) {
            return this.compute(offset);
        }
        if (offset >= this.values.length) {
            const values = new Int32Array(Math.min(MEMO_LIMIT, Math.max(offset + 1, this.values.length * 2, 64))).fill(UNKNOWN);
            values.set(this.values);
            this.values = values;
        }
        let value = this.values[offset];
        if (value === UNKNOWN) {
            value = this.values[offset] = this.compute(offset);
        }
        return value;
    }
}

export interface LinkEnds {
    readonly type: DependencyType;
    readonly lag: number;
    /** The line the lag counts on, if not the problem's lag calendar. */
    readonly lagCalendar?: WorkingLine;
    readonly predecessorCalendar: WorkingLine;
    readonly predecessorDuration: number;
    readonly successorCalendar: WorkingLine;
    readonly successorDuration: number;
}

/** A link between two pieces of work that levelling may move: both directions of it, in offsets. */
export interface LinkBound {
    /** The successor's earliest start when the predecessor starts at `predecessorStart`. */
    readonly earliest: MemoisedDays;
    /**
     * The predecessor's latest start (a working day of its calendar, for work) that lets the
     * successor start at `successorStart`, a working day of the successor's calendar: the
     * largest s with earliest(s) <= successorStart, for right-justified passes.
     */
    readonly latest: MemoisedDays;
}

export class LinkBounds {
    private readonly calendarIds = new Map<WorkingLine, number>();
    private readonly shared = new Map<string, LinkBound>();

    /** `base`: the day number of offset 0. */
    constructor(private readonly lagCalendar: WorkingLine, private readonly base: number) {}

    of(link: LinkEnds): LinkBound {
        const fromStart = link.type === 'SS' || link.type === 'SF';
        const toStart = link.type === 'FS' || link.type === 'SS';
        // Only what the answer depends on goes into the key, so that more links share one.
        const predecessorDuration = fromStart ? Math.min(1, link.predecessorDuration) : link.predecessorDuration;
        const successorDuration = toStart ? Math.min(1, link.successorDuration) : link.successorDuration;
        const key = `${link.type} ${link.lag} ${this.idOf(link.lagCalendar ?? this.lagCalendar)} ${this.idOf(link.predecessorCalendar)} ${predecessorDuration} ${this.idOf(link.successorCalendar)} ${successorDuration}`;
        let bound = this.shared.get(key);
        if (!bound) {
            bound = this.create(link, fromStart, toStart);
            this.shared.set(key, bound);
        }
        return bound;
    }

    private create(link: LinkEnds, fromStart: boolean, toStart: boolean): LinkBound {
        const { type, lag, predecessorCalendar, predecessorDuration, successorCalendar, successorDuration } = link;
        const lagCalendar = link.lagCalendar ?? this.lagCalendar;
        const base = this.base;
        const earliest = new MemoisedDays(offset => {
            const start = base + offset;
            const end = endOf(predecessorCalendar, start, predecessorDuration);
            return earliestStartByLink({ type, lag, predecessorStart: start, predecessorEnd: end }, lagCalendar, successorCalendar, successorDuration) - base;
        });
        const latest = new MemoisedDays(offset => {
            const start = base + offset;
            // The latest boundary the lagged predecessor date may reach: a start after it (FS, SS)
            // waits for the successor's next working day; an end after it (FF, SF) needs the
            // successor's end to be on or after it.
            const reach = successorDuration <= 0 ? start
                : toStart ? workingDayOnOrBefore(successorCalendar, start)
                    : endOf(successorCalendar, start, successorDuration);
            const predecessorDate = beforeLag(lagCalendar, reach, lag);
            const latestStart = predecessorDuration <= 0 ? predecessorDate
                : fromStart ? workingDayOnOrBefore(predecessorCalendar, predecessorDate)
                    : latestStartToEndBy(predecessorCalendar, predecessorDate, predecessorDuration);
            return latestStart - base;
        });
        return { earliest, latest };
    }

    private idOf(calendar: WorkingLine): number {
        let id = this.calendarIds.get(calendar);
        if (id === undefined) {
            id = this.calendarIds.size;
            this.calendarIds.set(calendar, id);
        }
        return id;
    }
}
