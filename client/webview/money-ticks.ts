// The ticks of a money axis: round steps (1, 2, 2.5 or 5 times a power of ten) from zero to just
// above the highest value, the finest whose ticks stay far enough apart to read, so that the top
// of the axis wastes little room. Pure, for tests without a browser.

export interface MoneyTicks {
    /** The axis's top: the last tick. */
    readonly top: number;
    readonly step: number;
    /** From 0 to `top`, `step` apart. */
    readonly values: readonly number[];
}

const ROUND_STEPS = [1, 2, 2.5, 5, 10];

/** The smallest round step of at least `rough`; money is in whole units, so a whole number. */
export function roundStep(rough: number): number {
    if (!(rough > 1)) {
        return 1;
    }
    const power = 10 ** Math.floor(Math.log10(rough));
    return ROUND_STEPS.map(multiple => multiple * power).find(step => Number.isInteger(step) && step >= rough * (1 - 1e-9))!;
}

/** Ticks from 0 to at least `highest` on an axis `height` pixels tall, at least `spacing` pixels apart. */
export function moneyTicks(highest: number, height: number, spacing: number): MoneyTicks {
    const most = Math.max(1, Math.floor(height / spacing));
    const intervals = (step: number) => Math.max(1, Math.ceil(highest / step - 1e-9));
    // From a step too fine for the axis up to the first that leaves room between the ticks.
    let step = roundStep(Math.max(highest, 1) / most / 3);
    while (intervals(step) > most) {
        step = roundStep(step * 1.01);
    }
    const top = intervals(step) * step;
    return { top, step, values: Array.from({ length: intervals(step) + 1 }, (_, index) => index * step) };
}
