// What MS Project XML and a .proj file have in common: the engine's plan, and the few facts the
// engine does not need but a plan carries (rates, currency, the titles of calendar days, named
// calendars no work uses yet, a baseline's dates). Plain data, as the engine's.
import type { IsoDate } from '../engine/calendar-dates.js';
import type { PlanInput } from '../engine/plan-model.js';
import type { CalendarInput } from '../engine/working-calendar.js';

/** A holiday or a day worked by exception, with its name where it has one. */
export interface TitledDays {
    readonly from: IsoDate;
    readonly to?: IsoDate;
    readonly title?: string;
}

/** What a resource costs: `rate 350/d`. */
export interface ResourceRate {
    readonly amount: number;
    readonly per: 'h' | 'd' | 'w';
}

/** An item's dates in the plan's baseline. */
export interface BaselineDates {
    readonly start: IsoDate;
    readonly finish: IsoDate;
}

export interface InterchangePlan {
    readonly plan: PlanInput;
    /** The named calendars, each once, whether or not any work names one. */
    readonly calendars?: readonly CalendarInput[];
    /** Resource rates by resource id. */
    readonly rates?: ReadonlyMap<string, ResourceRate>;
    readonly currency?: string;
    /** The baseline's dates by item id, where the plan has a baseline. */
    readonly baseline?: ReadonlyMap<string, BaselineDates>;
}

/** The title of a holiday or worked day, when the calendar's data gives one. */
export function titleOfDays(days: { readonly from: IsoDate; readonly to?: IsoDate }): string | undefined {
    return (days as TitledDays).title;
}

/** The named calendars of a plan: those given, then those its resources and work name, each once, by name. */
export function namedCalendarsOf(interchange: InterchangePlan): CalendarInput[] {
    const byName = new Map<string, CalendarInput>();
    const add = (calendar: CalendarInput | undefined) => {
        if (calendar?.name !== undefined && !byName.has(calendar.name)) {
            byName.set(calendar.name, calendar);
        }
    };
    interchange.calendars?.forEach(add);
    interchange.plan.resources?.forEach(resource => add(resource.calendar));
    interchange.plan.items.forEach(item => add(item.calendar));
    return [...byName.values()];
}
