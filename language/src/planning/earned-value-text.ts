// Earned value in a sentence, for hover.
import type { EarnedValueLine } from '../engine/earned-value.js';
import type { IsoDate } from '../engine/calendar-dates.js';
import { amountText, indexText } from '../engine/figure-text.js';
import { longDate } from './schedule-text.js';

/** `Earned value at Mon 15 Mar 2027: PV 48,000 · EV 19,200 · AC 21,000 · SPI 0.40 · CPI 0.91 · EAC 52,500`. */
export function earnedValueText(line: EarnedValueLine, status: IsoDate): string {
    return `Earned value at ${longDate(status)}: PV ${amountText(line.pv)} · EV ${amountText(line.ev)} · AC ${amountText(line.ac)}`
        + ` · SPI ${indexText(line.spi)} · CPI ${indexText(line.cpi)} · EAC ${amountText(line.eac)} (BAC ${amountText(line.bac)})`;
}
