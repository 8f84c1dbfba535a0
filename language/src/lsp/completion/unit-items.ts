import type { CompletionValueItem } from 'langium/lsp';
import { CompletionItemKind, type Range } from 'vscode-languageserver';

// A duration is one token, `5d` or `2w`: after `duration 5` the lexer sees a number where a
// duration belongs, so completing the unit means completing `5` to `5d` or `5w`. A rate is
// `300/d`: a number, `/` and the unit.

const NUMBER = /^[0-9]+(\.[0-9]+)?$/;

/**
 * `5d` and `5w` for a number typed where a duration belongs (`duration 5`, `estimate 3d 5`, a lag
 * `+2`), replacing `range` (the number and its sign). Nothing unless a number has been typed.
 */
export function durationUnitItems(sign: string, number: string, range: Range): CompletionValueItem[] {
    if (!NUMBER.test(number)) {
        return [];
    }
    const amount = `${sign}${number}`;
    const lead = sign === '-' ? ' (a negative lag is a lead: the work overlaps its predecessor)' : '';
    return [
        { unit: 'd', detail: 'working days', documentation: `${amount} working days of the plan's calendar${lead}.` },
        { unit: 'w', detail: 'working weeks', documentation: `${amount} weeks of the calendar's workdays: a week is as many working days as the calendar has workdays, five unless set${lead}.` },
        { unit: 'h', detail: 'working hours', documentation: `${amount} working hours of the calendar's working hours (8 a day unless set)${lead}.` },
        { unit: 'ed', detail: 'elapsed days', documentation: `${amount} days of 24 hours, through nights, weekends and holidays${lead}.` },
        { unit: 'ew', detail: 'elapsed weeks', documentation: `${amount} weeks of 7 days of 24 hours${lead}.` },
        { unit: 'eh', detail: 'elapsed hours', documentation: `${amount} hours on the clock, through nights, weekends and holidays${lead}.` },
    ].map(({ unit, detail, documentation }, index) => ({
        label: `${amount}${unit}`,
        kind: CompletionItemKind.Unit,
        detail,
        documentation,
        sortText: `0${index}`,
        textEdit: { range, newText: `${amount}${unit}` },
    }));
}

const RATE_UNITS = [
    ['d', 'per day', 'Per working day (the default).'],
    ['h', 'per hour', 'Per hour, at 8 hours a working day.'],
    ['w', 'per week', 'Per week of the calendar\'s workdays.'],
] as const;

/**
 * The unit of a rate: `/d`, `/h`, `/w` after `rate 300` (`withSlash`), or `d`, `h`, `w` after
 * `rate 300/`, replacing `range`.
 */
export function rateUnitItems(withSlash: boolean, range: Range): CompletionValueItem[] {
    return RATE_UNITS.map(([unit, detail, documentation], index) => ({
        label: withSlash ? `/${unit}` : unit,
        kind: CompletionItemKind.Unit,
        detail,
        documentation,
        sortText: `0${index}`,
        textEdit: { range, newText: withSlash ? `/${unit}` : unit },
    }));
}
