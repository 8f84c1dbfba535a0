import type { ValidationAcceptor } from 'langium';
import type { Kpi } from '../generated/ast.js';
import { IssueCodes } from './issue-codes.js';

const isPercentage = (kpi: Kpi) => kpi.unit?.trim() === '%';

/** `80%`, `12 tCO2e`, or the bare figure when the KPI has no unit. */
function figureText(value: number, kpi: Kpi): string {
    const figure = value.toLocaleString('en-GB', { maximumFractionDigits: 3 });
    const unit = kpi.unit?.trim();
    return !unit ? figure : unit === '%' ? `${figure}%` : `${figure} ${unit}`;
}

/** A KPI measured in % runs from 0 to 100. */
export function checkKpiPercentages(kpi: Kpi, accept: ValidationAcceptor): void {
    if (!isPercentage(kpi)) {
        return;
    }
    for (const [property, label] of [['target', 'Target'], ['actual', 'Actual']] as const) {
        const value = kpi[property];
        if (value !== undefined && value > 100) {
            accept('error', `${label} ${figureText(value, kpi)} is over 100%: a KPI measured in % runs from 0 to 100. Correct the figure, or change the unit.`, {
                node: kpi, property, code: IssueCodes.KpiRange
            });
        }
    }
}

/** The actual meets a plain target by reaching it, and a `target ... or less` by staying within it. */
export function checkKpiMeetsTarget(kpi: Kpi, accept: ValidationAcceptor): void {
    const { target, actual } = kpi;
    if (target === undefined || actual === undefined) {
        return;
    }
    const less = kpi.direction === 'less';
    if (less ? actual <= target : actual >= target) {
        return;
    }
    const gap = `${figureText(Math.abs(actual - target), kpi)} ${less ? 'over' : 'short'}`;
    const wanted = less ? `${figureText(target, kpi)} or less` : figureText(target, kpi);
    accept('warning', `Actual ${figureText(actual, kpi)} misses the target of ${wanted} (${gap}): plan how to recover it, or agree a new target with the board.`, {
        node: kpi, property: 'actual', code: IssueCodes.KpiMissed
    });
}
