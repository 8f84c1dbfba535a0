/** A span of working time as written in a plan: `5d`, `2w`, `+2d`, `-1d`. */
export interface WorkingSpan {
    readonly amount: number;
    readonly unit: 'd' | 'w';
}

export function parseWorkingSpan(text: string): WorkingSpan | undefined {
    const match = /^([+-]?\d+(?:\.\d+)?)([dw])$/.exec(text.trim());
    return match ? { amount: Number(match[1]), unit: match[2] as 'd' | 'w' } : undefined;
}

/** Working days in a span, for a calendar with `workdaysPerWeek` working days a week. */
export function spanInWorkingDays(span: WorkingSpan, workdaysPerWeek: number): number {
    return span.unit === 'w' ? span.amount * workdaysPerWeek : span.amount;
}

/** Whole working days of a span: work is scheduled in whole days, so a part day takes a day. */
export function wholeWorkingDays(span: WorkingSpan, workdaysPerWeek: number): number {
    return Math.ceil(spanInWorkingDays(span, workdaysPerWeek) - 1e-9);
}

/** A lag or lead in whole working days: a part day counts as a day, either way. */
export function lagInWorkingDays(lag: WorkingSpan | undefined, workdaysPerWeek: number): number {
    if (!lag) {
        return 0;
    }
    const days = spanInWorkingDays(lag, workdaysPerWeek);
    return Math.sign(days) * Math.ceil(Math.abs(days) - 1e-9);
}

/** The PERT mean (o + 4m + p) / 6 and standard deviation (p - o) / 6 of a three-point estimate, in working days. */
export function pert(optimistic: number, mostLikely: number, pessimistic: number): { mean: number; standardDeviation: number } {
    return { mean: (optimistic + 4 * mostLikely + pessimistic) / 6, standardDeviation: (pessimistic - optimistic) / 6 };
}

/** A lag or lead as written in a plan, signed: `+2d`, `-1w`. */
export function signedSpanText(span: WorkingSpan): string {
    return `${span.amount >= 0 ? '+' : ''}${span.amount}${span.unit}`;
}
