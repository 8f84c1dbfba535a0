// Earned-value figures as people read them, shared by hover and `proj evm`.
import type { EarnedValueLine } from '../engine/earned-value.js';
import type { IsoDate } from '../engine/calendar-dates.js';
import { longDate } from './schedule-text.js';

/** A sum of money to the whole unit, with thousands separated; `–` when undefined. */
export function amountText(amount: number | undefined): string {
    return amount === undefined ? '–' : (Math.round(amount) || 0).toLocaleString('en-GB');
}

/** Writes a figure (as `amountText` gives it) as a sum in the plan's currency. */
export type MoneyFormat = (figure: string) => string;

const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = { GBP: '£', EUR: '€', USD: '$' };

/** Sums of money in the plan's currency: `£3,150`, `−€85`, `CHF 1`, or bare figures without a currency. */
export function moneyFormat(currency: string | undefined): MoneyFormat {
    const symbol = currency === undefined ? '' : CURRENCY_SYMBOLS[currency.toUpperCase()] ?? `${currency} `;
    return figure => figure.startsWith('-') ? `−${symbol}${figure.slice(1)}` : `${symbol}${figure}`;
}

/** An index such as SPI to two places; `–` when undefined. */
export function indexText(value: number | undefined): string {
    return value === undefined ? '–' : value.toFixed(2);
}

/** `Earned value at Mon 15 Mar 2027: PV 48,000 · EV 19,200 · AC 21,000 · SPI 0.40 · CPI 0.91 · EAC 52,500`. */
export function earnedValueText(line: EarnedValueLine, status: IsoDate): string {
    return `Earned value at ${longDate(status)}: PV ${amountText(line.pv)} · EV ${amountText(line.ev)} · AC ${amountText(line.ac)}`
        + ` · SPI ${indexText(line.spi)} · CPI ${indexText(line.cpi)} · EAC ${amountText(line.eac)} (BAC ${amountText(line.bac)})`;
}
