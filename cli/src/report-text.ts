// What the Markdown and HTML status reports say alike: labels, figures and short phrases, as plain
// text (each renderer escapes it for its own format).
import type { EarnedValueLine } from '../../language/src/engine/earned-value.js';
import type { OwnerInput, Rag } from '../../language/src/engine/register-model.js';
import type { RiskRow } from '../../language/src/engine/risk-register.js';
import { indexText, moneyText, workingDaysText } from '../../language/src/engine/figure-text.js';
import { RAG_MARGIN } from '../../language/src/engine/rag-summary.js';
import type { KpiLine, MilestoneLine, StatusReport } from '../../language/src/engine/status-report.js';

export const RAG_LABELS: Readonly<Record<Rag | 'none', string>> = {
    red: 'Red', amber: 'Amber', green: 'Green', none: 'Not measured',
};

export const RAG_AREAS = [
    ['schedule', 'Schedule'],
    ['cost', 'Cost'],
    ['risks', 'Risks'],
    ['overall', 'Overall'],
] as const;

/** The report's title: the project's title, or its id. */
export function reportTitle(report: StatusReport): string {
    return report.project.title ?? report.project.id;
}

/** `Alex Smith (alex)`, or the id alone. */
export function ownerText(owner: OwnerInput | undefined): string {
    return owner === undefined ? '' : owner.name ? `${owner.name} (${owner.id})` : owner.id;
}

export function amount(report: StatusReport, value: number | undefined): string {
    return value === undefined ? '–' : moneyText(value, report.project.currency);
}

export function ratio(value: number | undefined): string {
    return value === undefined ? '–' : indexText(value);
}

/** The earned-value columns the report shows, each with how to read a line. */
export const EARNED_VALUE_COLUMNS: ReadonlyArray<readonly [string, (report: StatusReport, line: EarnedValueLine) => string]> = [
    ['BAC', (report, line) => amount(report, line.bac)],
    ['PV', (report, line) => amount(report, line.pv)],
    ['EV', (report, line) => amount(report, line.ev)],
    ['AC', (report, line) => amount(report, line.ac)],
    ['SV', (report, line) => amount(report, line.sv)],
    ['CV', (report, line) => amount(report, line.cv)],
    ['SPI', (_, line) => ratio(line.spi)],
    ['CPI', (_, line) => ratio(line.cpi)],
    ['EAC', (report, line) => amount(report, line.eac)],
    ['VAC', (report, line) => amount(report, line.vac)],
];

/** `16 (4 × 4)`, or empty for an unscored risk. */
export function scoreText(row: RiskRow): string {
    return row.score === undefined ? '' : `${row.score} (${row.likelihood} × ${row.impact})`;
}

/** `reduce: Negotiate an early-exit clause`. */
export function responseText(row: RiskRow): string {
    return [row.response, row.responseText].filter(Boolean).join(': ');
}

/** `6 (2 × 3)`: the score the response should leave, or empty. */
export function residualText(row: RiskRow): string {
    return row.residualScore === undefined ? '' : `${row.residualScore} (${row.residualLikelihood} × ${row.residualImpact})`;
}

/** `done`, `on track`, or `at risk: 9 working days later than planned`. */
export function milestoneStateText(milestone: MilestoneLine): string {
    return milestone.state === 'at risk' ? `at risk: ${milestone.reasons.join('; ')}` : milestone.state;
}

function numberText(value: number): string {
    return String(Math.round(value * 1000) / 1000);
}

/** `9.5 tCO2e`, `60%`. */
function withUnit(value: number, unit: string | undefined): string {
    return unit ? `${numberText(value)}${unit === '%' ? '' : ' '}${unit}` : numberText(value);
}

/** `12 tCO2e or less` (a ceiling) or `95% or more` (a level to reach). */
export function kpiTargetText(kpi: KpiLine): string {
    return kpi.target === undefined ? '' : `${withUnit(kpi.target, kpi.unit)} ${kpi.direction === 'less' ? 'or less' : 'or more'}`;
}

export function kpiActualText(kpi: KpiLine): string {
    return kpi.actual === undefined ? '' : withUnit(kpi.actual, kpi.unit);
}

export function changeTimeText(days: number | undefined): string {
    return days === undefined || days === 0 ? '' : `${days > 0 ? '+' : ''}${workingDaysText(days)}`;
}

export function changeCostText(report: StatusReport, cost: number | undefined): string {
    return cost === undefined || cost === 0 ? '' : `${cost > 0 ? '+' : ''}${moneyText(cost, report.project.currency)}`;
}

/** `Forecast finish` line: `2027-03-24 (planned 2027-03-11)`. */
export function finishText(report: StatusReport): string {
    const { finish, plannedFinish } = report.project;
    return plannedFinish && plannedFinish !== finish ? `${finish} (planned ${plannedFinish})` : finish;
}

/** `2027-06-30 (met)` or `2027-06-30 (missed by 3 working days)`. */
export function deadlineText(report: StatusReport): string | undefined {
    const deadline = report.project.deadline;
    if (deadline === undefined) {
        return undefined;
    }
    const missed = report.missedDates.find(date => date.kind === 'deadline');
    return `${deadline} (${missed ? `missed by ${workingDaysText(missed.workingDays)}` : 'met'})`;
}

/** `12 of 62 KSBs of ST0310 (Associate project manager (Level 4)) are evidenced by this plan.` */
export function ksbSummaryText(report: StatusReport): string | undefined {
    const ksb = report.ksb;
    if (!ksb) {
        return undefined;
    }
    const standard = ksb.standard.title ? `${ksb.standard.id} (${ksb.standard.title})` : ksb.standard.id;
    return `${ksb.covered} of ${ksb.total} KSBs of ${standard} are evidenced by this plan.`;
}

/** How the RAG statuses are decided, under the summary. */
export function ragLegend(report: StatusReport): string {
    const { spi, cpi, riskAmber, riskRed } = report.tolerances;
    return `Indices are green at or above the plan's tolerance (SPI ${spi}, CPI ${cpi}), amber below it, red more than ${indexText(RAG_MARGIN)} below it; `
        + `risks are amber from a score of ${riskAmber} and red from ${riskRed}.`;
}
