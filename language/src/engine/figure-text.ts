// Figures as people read them, the same in hover, diagnostics, the CLI, the preview and reports.

/** A sum of money to the whole unit, with thousands separated; `–` when undefined. */
export function amountText(amount: number | undefined): string {
    return amount === undefined ? '–' : (Math.round(amount) || 0).toLocaleString('en-GB');
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
    const digits = Math.abs(rounded).toLocaleString('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    const symbol = currency === undefined ? '' : CURRENCY_SYMBOLS[currency.toUpperCase()] ?? `${currency} `;
    return `${rounded < 0 ? '−' : ''}${symbol}${digits}`;
}

/** `1 working day`, `5 working days`, `−2 working days`. */
export function workingDaysText(days: number): string {
    const count = `${days < 0 ? '−' : ''}${Math.abs(days)}`;
    return Math.abs(days) === 1 ? `${count} working day` : `${count} working days`;
}
