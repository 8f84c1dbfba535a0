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
