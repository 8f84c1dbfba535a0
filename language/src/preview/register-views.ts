import { isStandard, type Project, type Standard } from '../generated/ast.js';
import { ksbCoverage, type KsbCoverage } from '../engine/ksb-coverage.js';
import { dayNumberOf, isoDateOfDayNumber } from '../engine/calendar-dates.js';
import { stakeholderChart } from '../engine/mermaid/stakeholder-chart.js';
import { heatMap, issueLog, riskRegister } from '../engine/risk-register.js';
import { stakeholderGrid } from '../engine/stakeholder-grid.js';
import { catalogueOf, dutyMappingsOnto, ksbEvidenceOf, standardsLinkedFrom } from '../planning/ksb-evidence.js';
import { planFactsOf } from '../planning/plan-facts.js';
import type { ProjectSchedules } from '../planning/project-schedules.js';
import { registersInputOf, tolerancesOf } from '../planning/registers-from-ast.js';
import type { BudgetView, RisksView, StakeholdersView } from './preview-protocol.js';

/** How many phases hold an item of `items` (by id): 0 for a top-level item, and for an unknown one. */
export function depthsOf(items: ReadonlyMap<string, { readonly phase?: string }>): (id: string) => number {
    return id => {
        // Bounded: with duplicate ids (an error) the phase chain could loop.
        let depth = 0;
        for (let phase = items.get(id)?.phase; phase !== undefined && depth < items.size; phase = items.get(phase)?.phase) {
            depth++;
        }
        return depth;
    };
}

/** Earned value for the Budget tab: the S-curve's data and the figures. */
export function budgetViewOf(project: Project, schedules: ProjectSchedules): BudgetView {
    const tolerances = tolerancesOf(project);
    const base = { currency: project.currency, tolerances: { cpi: tolerances.cpi, spi: tolerances.spi }, lines: [] };
    const report = schedules.earnedValueOf(project);
    if (!report) {
        return {
            ...base,
            message: project.status
                ? 'Earned value needs a plan that can be scheduled.'
                : `Add the project's status date, such as 'status ${project.start ?? '2027-03-15'}', to see planned value, earned value and actual cost as of that day.`,
        };
    }
    const total = report.lines[report.lines.length - 1];
    // A table of zeros says nothing: without a cost there are no figures to show.
    if (total.bac === 0 && total.ac === 0) {
        return { ...base, status: report.status, message: 'Nothing in the plan has a cost yet: give tasks a \'cost\', or assign resources that have a \'rate\'.' };
    }
    const items = new Map(schedules.planOf(project)?.items.map(item => [item.id, item]));
    const depthOf = depthsOf(items);
    const lines = report.lines.map(line => line.kind === 'project'
        ? { ...line, title: project.title, depth: 0 }
        : { ...line, title: items.get(line.id)?.name, depth: depthOf(line.id) });
    const curve = schedules.budgetCurveOf(project);
    if (!curve) {
        return { ...base, status: report.status, lines, message: 'Earned value needs a plan that can be scheduled.' };
    }
    // The curve rises from nothing: its points are totals at the end of their day, so the first is
    // the day before the plan starts. The webview plots them on a time axis.
    const origin = isoDateOfDayNumber(dayNumberOf(schedules.planOf(project)!.start) - 1);
    const nothing = origin <= report.status ? { date: origin, pv: 0, ev: 0, ac: 0 } : { date: origin, pv: 0 };
    return {
        ...base, status: report.status, lines,
        curve: { points: [nothing, ...curve.points], bac: total.bac },
    };
}

export function risksViewOf(project: Project, schedules: ProjectSchedules): RisksView {
    const registers = registersInputOf(project);
    const rows = riskRegister(registers.risks, schedules.scheduleOf(project), registers.tolerances);
    return {
        rows,
        heatMap: heatMap(rows, registers.tolerances),
        issues: issueLog(registers.issues),
        bands: { amber: registers.tolerances.riskAmber, red: registers.tolerances.riskRed },
    };
}

export function stakeholdersViewOf(project: Project): StakeholdersView {
    const grid = stakeholderGrid(registersInputOf(project).stakeholders);
    return { ...grid, mermaid: grid.points.length > 0 ? stakeholderChart(grid) : undefined };
}

/**
 * Coverage of the standard the plan links to, or of `defaultStandard` (ST0310) when it links to
 * none: its KSBs, and its duties' practice judged on the plan. `others` may map KSBs onto its
 * duties; by default, the standards written beside the project in its file.
 */
export function ksbViewOf(project: Project, defaultStandard: Standard | undefined, file?: string, others?: readonly Standard[]): KsbCoverage | undefined {
    const standard = standardsLinkedFrom(project)[0] ?? defaultStandard;
    return standard && ksbCoverage(catalogueOf(standard), ksbEvidenceOf(project, file, standard), {
        facts: [{ project: project.name, file, facts: planFactsOf(project) }],
        mappings: dutyMappingsOnto(standard, others ?? project.$container.elements.filter(isStandard)),
    });
}
