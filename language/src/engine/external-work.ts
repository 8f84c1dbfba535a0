// Work of another plan of a programme (programme.ts) on this plan's line of points.
import type { ExternalItemInput } from './plan-model.js';

export interface ExternalPoints {
    readonly start: number;
    readonly end: number;
    /** A milestone placed by a finish stands at the end of the working time before its point. */
    readonly atEndOfDay: boolean;
}

/**
 * The points of a plan whose points are `tickMinutes` apart at which work of another plan starts
 * and ends: its start on or before its moment, its end on or after it, so that nothing here
 * starts before that work allows (a plan in days cannot start within a day); a milestone at its
 * moment, or, at the end of a day, at the point after.
 */
export function externalPoints(item: ExternalItemInput, tickMinutes: number): ExternalPoints {
    const milestone = item.end === item.start;
    const atEndOfDay = milestone && item.atEndOfDay === true;
    const start = atEndOfDay ? Math.ceil(item.start / tickMinutes) : Math.floor(item.start / tickMinutes);
    return { start, end: milestone ? start : Math.max(start, Math.ceil(item.end / tickMinutes)), atEndOfDay };
}
