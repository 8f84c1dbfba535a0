// Figures as people read them, the same in hover, diagnostics, the CLI, the preview and reports.

// One formatter per number of decimals: `toLocaleString` makes a new one on every call, and a
// budget table of a few hundred lines writes thousands of figures.
const groupedDigits = new Map<number, Intl.NumberFormat>();

function digitsText(value: number, decimals: number): string {
    let format = groupedDigits.get(decimals);
    if (!format) {
        format = new Intl.NumberFormat('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
        groupedDigits.set(decimals, format);
    }
    return format.format(value);
}

/** A sum of money to the whole unit, with thousands separated; `–` when undefined. */
export function amountText(amount: number | undefined): string {
    return amount === undefined ? '–' : digitsText(Math.round(amount) || 0, 0);
}

/** An index such as SPI to two places; `–` when undefined. */
export function indexText(value: number | undefined): string {
    return value === undefined ? '–' : value.toFixed(2);
}

const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = { GBP: '£', EUR: '€', USD: '$' };

/**
 * A sum in the plan's currency: `£12,000`, `−£1,510`, `CHF 12,000`, or `12,000` in a plan without
 * a currency; to whole units unless `decimals` says otherwise (`£0.85` for what a pound earns).
 */
export function moneyText(amount: number, currency?: string, decimals = 0): string {
    const scale = 10 ** decimals;
    const rounded = Math.round(amount * scale) / scale || 0;
    const digits = digitsText(Math.abs(rounded), decimals);
    const symbol = currency === undefined ? '' : CURRENCY_SYMBOLS[currency.toUpperCase()] ?? `${currency} `;
    return `${rounded < 0 ? '−' : ''}${symbol}${digits}`;
}

/** `1 working day`, `5 working days`, `−2 working days`. */
export function workingDaysText(days: number): string {
    const count = `${days < 0 ? '−' : ''}${daysFigure(Math.abs(days))}`;
    return Math.abs(days) === 1 ? `${count} working day` : `${count} working days`;
}

/** `+3`, `−2`, `0` (or each with `text` for the magnitude: `+£500`): a change, signed so that it reads without colour. */
export function signedText(value: number, text: (magnitude: number) => string = String): string {
    return value > 0 ? `+${text(value)}` : value < 0 ? `−${text(-value)}` : text(0);
}

/**
 * How far a date moved from its baseline, in working days: `3 working days later than v1`,
 * `1 working day earlier than v1`, `as in v1`.
 */
export function shiftText(days: number, baseline: string): string {
    return days === 0 ? `as in ${baseline}` : `${workingDaysText(Math.abs(days))} ${days > 0 ? 'later' : 'earlier'} than ${baseline}`;
}

/** `3`, `1.5`, `0.53`: days, whole or part, to two decimals (a plan that uses hours has part days). */
export function daysFigure(days: number): string {
    return String(Math.round(days * 100) / 100);
}
