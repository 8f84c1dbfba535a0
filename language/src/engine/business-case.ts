// The business case in figures: the project's cost against its benefits, year by year over the
// appraisal, with the payback period, the return on investment and the net present value.
//
// Year 0 holds the cost (the investment); year t covers the t-th year after the project's start.
// A benefit counts from the year its realisation date falls in (year 1 when it has none): each
// year to the end of the appraisal when it recurs, that year alone when it comes once.
import { dayNumberOf, type IsoDate } from './calendar-dates.js';
import type { Appraisal, BenefitInput } from './register-model.js';

export interface BusinessCaseInput {
    readonly start: IsoDate;
    /** What the project costs: its forecast at completion where earned value gives one, else its budget. */
    readonly cost: number;
    readonly benefits: readonly BenefitInput[];
    readonly appraisal: Appraisal;
}

export interface AppraisalYear {
    /** 0 for the investment, then 1 to the appraisal's years. */
    readonly year: number;
    readonly cost: number;
    readonly benefit: number;
    readonly net: number;
    readonly cumulative: number;
    /** The net discounted to today: net / (1 + rate)^year. */
    readonly discounted: number;
}

export interface BusinessCaseFigures {
    readonly years: readonly AppraisalYear[];
    readonly totalCost: number;
    readonly totalBenefit: number;
    /** (benefits - cost) / cost; undefined for a project that costs nothing. */
    readonly roi?: number;
    readonly npv: number;
    /** Years until the cumulative net turns non-negative (part years by straight line); undefined if not within the appraisal. */
    readonly paybackYears?: number;
    /** The benefits cover the cost: the project is still worth doing. */
    readonly valid: boolean;
}

const DAYS_PER_YEAR = 365.25;

/** The year a benefit realised on `date` falls in: 1 for the first year after the start (and before it). */
export function appraisalYearOf(start: IsoDate, date: IsoDate | undefined): number {
    return date === undefined ? 1 : Math.max(1, Math.ceil((dayNumberOf(date) - dayNumberOf(start)) / DAYS_PER_YEAR));
}

export function businessCaseOf(input: BusinessCaseInput): BusinessCaseFigures {
    const { years: span, discountRate } = input.appraisal;
    const benefits = Array.from({ length: span + 1 }, () => 0);
    for (const benefit of input.benefits) {
        if (benefit.value === undefined) {
            continue;
        }
        const first = appraisalYearOf(input.start, benefit.realised);
        const last = benefit.per === 'year' ? span : first;
        for (let year = first; year <= Math.min(last, span); year++) {
            benefits[year] += benefit.value;
        }
    }
    let cumulative = 0;
    const years = benefits.map((benefit, year): AppraisalYear => {
        const cost = year === 0 ? input.cost : 0;
        const net = benefit - cost;
        cumulative += net;
        return { year, cost, benefit, net, cumulative, discounted: net / (1 + discountRate / 100) ** year };
    });
    const totalBenefit = benefits.reduce((sum, value) => sum + value, 0);
    return {
        years,
        totalCost: input.cost,
        totalBenefit,
        roi: input.cost === 0 ? undefined : (totalBenefit - input.cost) / input.cost,
        npv: years.reduce((sum, year) => sum + year.discounted, 0),
        paybackYears: paybackOf(years),
        valid: totalBenefit >= input.cost,
    };
}

function paybackOf(years: readonly AppraisalYear[]): number | undefined {
    const index = years.findIndex(year => year.cumulative >= 0);
    if (index <= 0) {
        return index === 0 ? 0 : undefined;
    }
    const owed = -years[index - 1].cumulative;
    return index - 1 + owed / years[index].net;
}
