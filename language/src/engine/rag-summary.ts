// The RAG summary of a status report: schedule from SPI against the board's tolerance and the
// dates the plan misses, cost from CPI against its tolerance and the forecast (EAC) against the
// budget, risks from the highest risk's band. Each status comes with the reason, in words.
import { indexText, moneyText, workingDaysText } from './figure-text.js';
import type { EarnedValueLine } from './earned-value.js';
import type { MissedDate, PlanInput, Schedule } from './plan-model.js';
import type { Rag, Tolerances } from './register-model.js';
import type { RiskRow } from './risk-register.js';
import { WorkingCalendar } from './working-calendar.js';

/** One line of the RAG summary; `rag` is absent when there is nothing to measure (no status date). */
export interface RagLine {
    readonly rag?: Rag;
    /** Why, in words: the figures and the thresholds they were measured against. */
    readonly explanation: string;
    /** Cost only: what made it worse than green, CPI, the forecast against the budget, or both. */
    readonly driver?: 'cpi' | 'forecast' | 'both';
}

/** The money held back in the budget (the plan's `contingency` and `reserve`). */
export interface BudgetReserves {
    readonly contingency?: number;
    /** Management reserve: only the board releases it, so a forecast that needs it is amber. */
    readonly reserve?: number;
}

/** How far below its tolerance an index may fall and stay amber; further below it is red. */
export const RAG_MARGIN = 0.1;

const RAG_ORDER: Readonly<Record<Rag, number>> = { green: 0, amber: 1, red: 2 };

const round2 = (value: number) => Math.round(value * 100) / 100;

/** The worst of some RAG statuses; undefined when none is measured. */
export function worstRag(rags: ReadonlyArray<Rag | undefined>): Rag | undefined {
    let worst: Rag | undefined;
    for (const rag of rags) {
        if (rag !== undefined && (worst === undefined || RAG_ORDER[rag] > RAG_ORDER[worst])) {
            worst = rag;
        }
    }
    return worst;
}

/** Green at or above the tolerance; amber below it; red more than {@link RAG_MARGIN} below it. */
function indexRag(index: number, tolerance: number): Rag {
    const value = round2(index);
    return value >= round2(tolerance) ? 'green' : value >= round2(tolerance - RAG_MARGIN) ? 'amber' : 'red';
}

function indexSentence(name: string, index: number, tolerance: number): string {
    const redBelow = indexText(round2(tolerance - RAG_MARGIN));
    switch (indexRag(index, tolerance)) {
        case 'green':
            return `${name} ${indexText(index)} meets the tolerance of ${indexText(tolerance)}.`;
        case 'amber':
            return `${name} ${indexText(index)} is below the tolerance of ${indexText(tolerance)} (red below ${redBelow}).`;
        case 'red':
            return `${name} ${indexText(index)} is more than ${indexText(RAG_MARGIN)} below the tolerance of ${indexText(tolerance)} (red below ${redBelow}).`;
    }
}

/** `finish no later than 2027-01-18 on ready, by 2 working days`. */
function missedDateText(missed: MissedDate): string {
    return `${missed.kind.replace(/-/g, ' ')} ${missed.date}${missed.item === undefined ? '' : ` on ${missed.item}`}, by ${workingDaysText(missed.workingDays)}`;
}

export function scheduleRagOf(plan: PlanInput, schedule: Schedule, planned: Schedule | undefined, line: EarnedValueLine | undefined,
    tolerances: Tolerances, money: (amount: number) => string): RagLine {
    const rags: Array<Rag | undefined> = [];
    const sentences: string[] = [];
    if (!plan.status) {
        sentences.push('No status date, so progress is not measured.');
    } else if (!line) {
        sentences.push('Earned value cannot be measured: the plan without its progress cannot be scheduled.');
    } else if (line.spi === undefined) {
        rags.push('green');
        sentences.push(`No work was due by ${plan.status}, so the schedule cannot be behind.`);
    } else {
        rags.push(indexRag(line.spi, tolerances.spi));
        sentences.push(indexSentence('SPI', line.spi, tolerances.spi));
        if (Math.round(line.sv) < 0) {
            sentences.push(`Work worth ${money(-line.sv)} planned by ${plan.status} is not done (SV ${money(line.sv)}).`);
        } else if (Math.round(line.sv) > 0) {
            sentences.push(`Work worth ${money(line.sv)} is done ahead of plan (SV ${money(line.sv)}).`);
        }
    }
    if (planned && planned.finish !== schedule.finish) {
        const calendar = new WorkingCalendar(plan.calendar, plan.start);
        const slip = calendar.indexOnOrAfter(schedule.finish) - calendar.indexOnOrAfter(planned.finish);
        sentences.push(slip > 0
            ? `The forecast finish, ${schedule.finish}, is ${workingDaysText(slip)} after the planned ${planned.finish}.`
            : `The forecast finish, ${schedule.finish}, is ${workingDaysText(-slip)} before the planned ${planned.finish}.`);
    }
    const deadline = schedule.missedDates.find(missed => missed.kind === 'deadline');
    if (deadline) {
        rags.push('red');
        sentences.push(`The deadline, ${deadline.date}, is missed by ${workingDaysText(deadline.workingDays)}.`);
    } else if (plan.deadline) {
        sentences.push(`The deadline, ${plan.deadline}, is met.`);
    }
    const constraints = schedule.missedDates.filter(missed => missed.kind !== 'deadline');
    if (constraints.length > 0) {
        rags.push('amber');
        sentences.push(`${constraints.length === 1 ? 'A date constraint is' : `${constraints.length} date constraints are`} missed: ${constraints.map(missedDateText).join('; ')}.`);
    }
    return { rag: worstRag(rags), explanation: sentences.join(' ') };
}

/**
 * Cost from two measures, the worse of them: CPI against its tolerance, and the forecast at
 * completion against the budget (red over it; amber when it needs the management reserve). CPI
 * alone can meet its tolerance while the forecast overruns a budget set below BAC / tolerance.
 */
export function costRagOf(plan: PlanInput, line: EarnedValueLine | undefined, tolerances: Tolerances, currency: string | undefined,
    reserves: BudgetReserves = {}): RagLine {
    const money = (amount: number) => moneyText(amount, currency);
    if (!plan.status) {
        return { explanation: 'No status date, so spending is not measured.' };
    }
    if (!line) {
        return { explanation: 'Earned value cannot be measured: the plan without its progress cannot be scheduled.' };
    }
    const sentences: string[] = [];
    let cpiRag: Rag;
    if (line.cpi === undefined) {
        cpiRag = 'green';
        sentences.push(`Nothing is spent yet (AC ${money(0)}).`);
    } else {
        cpiRag = indexRag(line.cpi, tolerances.cpi);
        sentences.push(indexSentence('CPI', line.cpi, tolerances.cpi));
        sentences.push(`Each ${currency === undefined ? 'unit' : money(1)} spent has earned ${moneyText(line.cpi, currency, 2)} of work (CV ${money(line.cv)}).`);
    }
    let forecastRag: Rag | undefined;
    if (line.eac === undefined) {
        sentences.push('No forecast at completion: money is spent and nothing is earned.');
    } else {
        const budget = plan.budget;
        const against = budget === undefined ? `the BAC of ${money(line.bac)}` : `the budget of ${money(budget)}`;
        const over = Math.round(line.eac) - Math.round(budget ?? line.bac);
        const reserve = reserves.reserve ?? 0;
        // Without a budget, EAC over BAC is CPI below 1 said again: only a budget adds a measure.
        const needsReserve = budget !== undefined && over <= 0 && reserve > 0 && Math.round(line.eac) > Math.round(budget - reserve);
        if (budget !== undefined) {
            forecastRag = over > 0 ? 'red' : needsReserve ? 'amber' : 'green';
        }
        const position = over > 0 ? `${money(over)} over` : over < 0 ? `${money(-over)} under` : 'exactly';
        const reserveText = needsReserve ? ` but needs ${money(Math.round(line.eac) - Math.round(budget! - reserve))} of the management reserve of ${money(reserve)}` : '';
        sentences.push(`The forecast at completion (EAC), ${money(line.eac)}, is ${position} ${against}${reserveText}.`);
    }
    const rag = worstRag([cpiRag, forecastRag])!;
    const driver = rag === 'green' ? undefined
        : forecastRag === rag && cpiRag === rag ? 'both' as const
            : forecastRag === rag ? 'forecast' as const : 'cpi' as const;
    if (driver === 'forecast') {
        sentences.push(`The forecast drives the RAG: CPI alone would be ${cpiRag}.`);
    } else if (driver === 'cpi' && forecastRag !== undefined) {
        sentences.push(`CPI drives the RAG: the forecast alone would be ${forecastRag}.`);
    } else if (driver === 'both') {
        sentences.push(`CPI and the forecast both make it ${rag}.`);
    }
    return { rag, explanation: sentences.join(' '), driver };
}

export function risksRagOf(risks: readonly RiskRow[], tolerances: Tolerances): RagLine {
    const highest = risks.find(row => row.score !== undefined);
    if (!highest || highest.rag === undefined) {
        return { rag: risks.length > 0 ? undefined : 'green', explanation: risks.length > 0 ? 'No risk is scored yet.' : 'The plan records no risks.' };
    }
    const name = highest.title ? `${highest.id} (${highest.title})` : highest.id;
    const band = highest.rag === 'red'
        ? `at or above the red threshold of ${tolerances.riskRed}`
        : highest.rag === 'amber'
            ? `at or above the amber threshold of ${tolerances.riskAmber}, below red at ${tolerances.riskRed}`
            : `below the amber threshold of ${tolerances.riskAmber}`;
    const atThisBand = risks.filter(row => row.rag === highest.rag).length;
    const others = atThisBand > 1 ? ` ${atThisBand} risks are ${highest.rag}.` : '';
    return {
        rag: highest.rag,
        explanation: `The highest risk, ${name}, scores ${highest.score} (likelihood ${highest.likelihood} × impact ${highest.impact}), ${band}.${others}`,
    };
}

