// The registers a project keeps, each in full as one table of plain values: risks and
// opportunities, issues, changes, stakeholders, lessons, quality, KPIs, benefits, deliverables and
// resources. `proj register` lays them out (table, Markdown, CSV, JSON) and the status report adds
// them as its annex; the columns say how each value reads, the renderers only escape and align.
import type { IsoDate } from './calendar-dates.js';
import { businessCaseOf, type BusinessCaseFigures } from './business-case.js';
import type { EarnedValueLine } from './earned-value.js';
import { moneyText } from './figure-text.js';
import type { PlanInput, Schedule } from './plan-model.js';
import { DEFAULT_APPRAISAL, type KpiInput, type OwnerInput, type RegistersInput } from './register-model.js';
import { issueLog, LIKELIHOOD_PROBABILITY, riskExposure, riskRegister } from './risk-register.js';
import { stakeholderChart } from './mermaid/stakeholder-chart.js';
import { QUADRANT_TITLES, quadrantOf, stakeholderGrid } from './stakeholder-grid.js';

export const REGISTER_KINDS = ['risks', 'issues', 'changes', 'stakeholders', 'lessons', 'quality', 'kpis', 'benefits', 'deliverables', 'resources'] as const;
export type RegisterKind = typeof REGISTER_KINDS[number];

/**
 * How a column's values read: `id` and `ids` are ids of the plan (code in Markdown), `money` an
 * amount in the project's currency, `percent` a figure out of 100, `readings` a KPI's history.
 */
export type ColumnType = 'id' | 'ids' | 'text' | 'texts' | 'number' | 'money' | 'percent' | 'date' | 'readings';

export interface RegisterColumn {
    /** The key in JSON and the CSV heading. */
    readonly key: string;
    /** The heading people read. */
    readonly heading: string;
    readonly type: ColumnType;
}

export interface KpiReadingValue {
    readonly date: IsoDate;
    readonly value: number;
}

export type RegisterValue = string | number | null | readonly string[] | readonly KpiReadingValue[];

export type RegisterRow = Readonly<Record<string, RegisterValue>>;

export interface RegisterTable {
    readonly kind: RegisterKind;
    /** `Risks and opportunities`. */
    readonly title: string;
    readonly columns: readonly RegisterColumn[];
    readonly rows: readonly RegisterRow[];
    /** Sentences under the table: totals, the scales used, what the register adds up to. */
    readonly notes: readonly string[];
    /** The register as a Mermaid chart, where it has one: the stakeholders' power/interest grid. */
    readonly chart?: string;
}

export interface RegisterTablesInput {
    readonly currency?: string;
    readonly plan: PlanInput;
    /** The forecast, with progress: critical work and deliverables' finishes come from it. */
    readonly schedule?: Schedule;
    readonly registers: RegistersInput;
    /** The project's earned value line, when there is a status date: its EAC is the business case's cost. */
    readonly earnedValue?: EarnedValueLine;
}

export type KpiResult = 'met' | 'missed' | 'not measured' | 'no target';

/** A plain target is met by reaching it; a `target … or less` by staying within it. */
export function kpiResult(kpi: KpiInput): KpiResult {
    if (kpi.target === undefined) {
        return 'no target';
    }
    if (kpi.actual === undefined) {
        return 'not measured';
    }
    return (kpi.direction === 'less' ? kpi.actual <= kpi.target : kpi.actual >= kpi.target) ? 'met' : 'missed';
}

const column = (key: string, heading: string, type: ColumnType = 'text'): RegisterColumn => ({ key, heading, type });

const ownerValue = (owner: OwnerInput | undefined) => owner?.id ?? null;

/** The business case's cost: the forecast at completion where there is one, else the budget, else the work's BAC. */
export function businessCaseCostOf(plan: PlanInput, line: EarnedValueLine | undefined): { readonly cost: number; readonly source: 'EAC' | 'budget' | 'BAC' } {
    if (line?.eac !== undefined && plan.status !== undefined) {
        return { cost: line.eac, source: 'EAC' };
    }
    if (plan.budget !== undefined) {
        return { cost: plan.budget, source: 'budget' };
    }
    const bac = plan.items.reduce((sum, item) => sum + (item.kind === 'task' ? item.cost ?? 0 : 0), 0);
    return { cost: bac, source: 'BAC' };
}

/** The business case of a plan that states benefits; undefined without any. */
export function businessCaseFiguresOf(input: RegisterTablesInput): (BusinessCaseFigures & { readonly costSource: 'EAC' | 'budget' | 'BAC' }) | undefined {
    const benefits = input.registers.benefits ?? [];
    if (benefits.length === 0) {
        return undefined;
    }
    const { cost, source } = businessCaseCostOf(input.plan, input.earnedValue);
    return {
        ...businessCaseOf({ start: input.plan.start, cost, benefits, appraisal: input.registers.appraisal ?? DEFAULT_APPRAISAL }),
        costSource: source,
    };
}

export function registerTableOf(kind: RegisterKind, input: RegisterTablesInput): RegisterTable {
    return BUILDERS[kind](input);
}

export function registerTablesOf(input: RegisterTablesInput): RegisterTable[] {
    return REGISTER_KINDS.map(kind => registerTableOf(kind, input));
}

const BUILDERS: Readonly<Record<RegisterKind, (input: RegisterTablesInput) => RegisterTable>> = {
    risks: risksTable,
    issues: ({ registers }) => ({
        kind: 'issues', title: 'Issues',
        columns: [column('id', 'Issue', 'id'), column('title', 'Title'), column('status', 'Status'), column('severity', 'Severity'), column('owner', 'Owner', 'id'),
            column('raised', 'Raised', 'date'), column('escalate', 'Escalated to'), column('affects', 'Affects', 'ids'), column('resolution', 'Resolution'), column('closed', 'Closed', 'date')],
        rows: issueLog(registers.issues).map(issue => ({
            id: issue.id, title: issue.title ?? null, status: issue.status, severity: issue.severity ?? null, owner: ownerValue(issue.owner),
            raised: issue.raised ?? null, escalate: issue.escalate ?? null, affects: issue.affects, resolution: issue.resolution ?? null, closed: issue.closed ?? null,
        })),
        notes: [countText(registers.issues.filter(issue => issue.status === 'open').length, 'open issue', 'open issues')
            + `, ${countText(registers.issues.filter(issue => issue.status === 'closed').length, 'closed', 'closed')}; open ones first, the most severe first.`],
    }),
    changes: ({ registers, currency }) => {
        const approved = registers.changes.filter(change => change.status === 'approved' || change.status === 'implemented');
        const cost = approved.reduce((sum, change) => sum + (change.costImpact ?? 0), 0);
        const days = approved.reduce((sum, change) => sum + (change.timeImpactDays ?? 0), 0);
        return {
            kind: 'changes', title: 'Change requests',
            columns: [column('id', 'Change', 'id'), column('title', 'Title'), column('status', 'Status'), column('raised', 'Raised', 'date'),
                column('days', 'Time (working days)', 'number'), column('cost', 'Cost', 'money'), column('scope', 'Scope'), column('owner', 'Owner', 'id'), column('affects', 'Affects', 'ids')],
            rows: registers.changes.map(change => ({
                id: change.id, title: change.title ?? null, status: change.status, raised: change.raised ?? null,
                days: change.timeImpactDays ?? null, cost: change.costImpact ?? null, scope: change.scope ?? null, owner: ownerValue(change.owner), affects: change.affects,
            })),
            notes: [`${countText(approved.length, 'change is', 'changes are')} approved or implemented, adding ${days} working days and ${moneyText(cost, currency)}.`],
        };
    },
    stakeholders: ({ registers, plan }) => {
        const upcoming = registers.stakeholders.filter(stakeholder => stakeholder.next !== undefined)
            .sort((a, b) => a.next!.localeCompare(b.next!));
        const overdue = plan.status === undefined ? [] : upcoming.filter(stakeholder => stakeholder.next! < plan.status!);
        const grid = stakeholderGrid(registers.stakeholders);
        return {
            kind: 'stakeholders', title: 'Stakeholders',
            columns: [column('id', 'Stakeholder', 'id'), column('title', 'Title'), column('power', 'Power'), column('interest', 'Interest'), column('quadrant', 'Quadrant'),
                column('engage', 'Engagement'), column('frequency', 'Frequency'), column('method', 'Method'), column('next', 'Next engagement', 'date')],
            rows: registers.stakeholders.map(stakeholder => ({
                id: stakeholder.id, title: stakeholder.title ?? null, power: stakeholder.power ?? null, interest: stakeholder.interest ?? null,
                quadrant: stakeholder.power && stakeholder.interest ? QUADRANT_TITLES[quadrantOf(stakeholder.power, stakeholder.interest)] : null,
                engage: stakeholder.engage ?? null, frequency: stakeholder.frequency ?? null, method: stakeholder.method ?? null, next: stakeholder.next ?? null,
            })),
            notes: [
                'Quadrants of the power/interest grid: high power and interest, manage closely; high power only, keep satisfied; high interest only, keep informed; otherwise monitor.',
                upcoming.length === 0 ? 'No engagement is scheduled (give a stakeholder `engage on <date>`).'
                    : `Communications schedule: ${upcoming.map(stakeholder => `${stakeholder.next} ${stakeholder.id}${stakeholder.method ? ` (${stakeholder.method})` : ''}`).join('; ')}.`,
                ...(overdue.length > 0 ? [`Overdue at the status date ${plan.status}: ${overdue.map(stakeholder => stakeholder.id).join(', ')}.`] : []),
            ],
            ...(grid.points.length > 0 ? { chart: stakeholderChart(grid) } : {}),
        };
    },
    lessons: ({ registers }) => ({
        kind: 'lessons', title: 'Lessons',
        columns: [column('id', 'Lesson', 'id'), column('title', 'Title'), column('category', 'Category'), column('description', 'Description'),
            column('action', 'Recommended action'), column('owner', 'Owner', 'id'), column('status', 'Status')],
        rows: registers.lessons.map(lesson => ({
            id: lesson.id, title: lesson.title ?? null, category: lesson.category ?? null, description: lesson.description ?? null,
            action: lesson.action ?? null, owner: ownerValue(lesson.owner), status: lesson.status ?? 'open',
        })),
        notes: [`${countText(registers.lessons.filter(lesson => (lesson.status ?? 'open') === 'open').length, 'lesson has', 'lessons have')} an action still to take.`],
    }),
    quality: ({ registers }) => ({
        kind: 'quality', title: 'Quality',
        columns: [column('id', 'Check', 'id'), column('title', 'Title'), column('for', 'For', 'ids'), column('criterion', 'Criterion'), column('owner', 'Owner', 'id'), column('status', 'Status')],
        rows: registers.qualities.map(quality => ({
            id: quality.id, title: quality.title ?? null, for: quality.deliverables, criterion: quality.criterion ?? null, owner: ownerValue(quality.owner), status: quality.status,
        })),
        notes: [(['passed', 'pending', 'failed'] as const).map(status => `${registers.qualities.filter(quality => quality.status === status).length} ${status}`).join(', ') + '.'],
    }),
    kpis: ({ registers }) => ({
        kind: 'kpis', title: 'KPIs',
        columns: [column('id', 'KPI', 'id'), column('title', 'Title'), column('objective', 'Objective', 'id'), column('unit', 'Unit'), column('baseline', 'Baseline', 'number'),
            column('target', 'Target', 'number'), column('direction', 'Direction'), column('actual', 'Actual', 'number'), column('result', 'Result'), column('history', 'History', 'readings')],
        rows: registers.kpis.map(kpi => ({
            id: kpi.id, title: kpi.title ?? null, objective: kpi.objective ?? null, unit: kpi.unit ?? null, baseline: kpi.baseline ?? null,
            target: kpi.target ?? null, direction: kpi.target === undefined ? null : kpi.direction === 'less' ? 'or less' : 'or more',
            actual: kpi.actual ?? null, result: kpiResult(kpi), history: kpi.history ?? [],
        })),
        notes: [`${countText(registers.kpis.filter(kpi => kpiResult(kpi) === 'met').length, 'KPI meets its', 'KPIs meet their')} target, ${registers.kpis.filter(kpi => kpiResult(kpi) === 'missed').length} missed.`],
    }),
    benefits: benefitsTable,
    deliverables: deliverablesTable,
    resources: ({ registers, currency }) => ({
        kind: 'resources', title: 'Resources',
        columns: [column('id', 'Resource', 'id'), column('name', 'Name'), column('role', 'Role'), column('units', 'Units', 'number'), column('rate', 'Rate', 'money'),
            column('per', 'Per'), column('calendar', 'Calendar', 'id'), column('assigned', 'Assigned to', 'ids')],
        rows: (registers.resources ?? []).map(resource => ({
            id: resource.id, name: resource.name ?? null, role: resource.role ?? null, units: resource.units, rate: resource.rate ?? null,
            per: resource.rate === undefined ? null : resource.per ?? 'd', calendar: resource.calendar ?? null, assigned: resource.assigned,
        })),
        notes: [`${countText((registers.resources ?? []).length, 'resource', 'resources')}; rates in ${currency ?? 'the plan\'s money'} per day (d), hour (h) or week (w).`],
    }),
};

function risksTable({ registers, schedule, currency }: RegisterTablesInput): RegisterTable {
    const rows = riskRegister(registers.risks, schedule, registers.tolerances);
    const exposure = riskExposure(rows);
    const money = (amount: number) => moneyText(amount, currency);
    const contingency = registers.reserves?.contingency;
    const scale = Object.entries(LIKELIHOOD_PROBABILITY).map(([likelihood, percent]) => `${likelihood} = ${percent}%`).join(', ');
    return {
        kind: 'risks', title: 'Risks and opportunities',
        columns: [column('id', 'Risk', 'id'), column('kind', 'Kind'), column('title', 'Title'), column('likelihood', 'Likelihood', 'number'), column('impact', 'Impact', 'number'),
            column('score', 'Score', 'number'), column('rag', 'RAG'), column('residualScore', 'Residual', 'number'), column('probability', 'Probability', 'percent'),
            column('cost', 'Cost if it happens', 'money'), column('emv', 'EMV', 'money'), column('owner', 'Owner', 'id'), column('response', 'Response'),
            column('responseText', 'Action'), column('proximity', 'Proximity', 'date'), column('affects', 'Affects', 'ids'), column('critical', 'Critical work hit', 'ids')],
        rows: rows.map(row => ({
            id: row.id, kind: row.kind, title: row.title ?? null, likelihood: row.likelihood ?? null, impact: row.impact ?? null, score: row.score ?? null, rag: row.rag ?? null,
            residualScore: row.residualScore ?? null, probability: row.probability ?? null, cost: row.cost ?? null, emv: row.emv === undefined ? null : Math.round(row.emv * 100) / 100,
            owner: ownerValue(row.owner), response: row.response ?? null, responseText: row.responseText ?? null, proximity: row.proximity ?? null,
            affects: row.affects, critical: row.criticalAffected,
        })),
        notes: [
            `${countText(rows.filter(row => row.kind === 'risk').length, 'risk', 'risks')} and ${countText(rows.filter(row => row.kind === 'opportunity').length, 'opportunity', 'opportunities')}, the highest score first. `
            + `Score: likelihood × impact, each 1 to 5; amber from ${registers.tolerances.riskAmber}, red from ${registers.tolerances.riskRed}.`,
            `EMV (expected monetary value) = probability × cost if it happens; probability as stated, else from the likelihood: ${scale}.`,
            `Expected cost of the risks ${money(exposure.threats)}, expected saving of the opportunities ${money(exposure.opportunities)}, net ${money(exposure.net)}.`
            + (contingency === undefined ? '' : ` The contingency of ${money(contingency)} ${contingency >= exposure.threats ? 'covers' : 'does not cover'} the risks' expected cost.`),
        ],
    };
}

function benefitsTable(input: RegisterTablesInput): RegisterTable {
    const { registers, currency } = input;
    const money = (amount: number) => moneyText(amount, currency);
    const figures = businessCaseFiguresOf(input);
    const appraisal = registers.appraisal ?? DEFAULT_APPRAISAL;
    const options = registers.options ?? [];
    const notes: string[] = [];
    if (options.length > 0) {
        notes.push(`Options considered: ${options.map(option => `${option.id}${option.chosen ? ' (chosen)' : ''}`
            + `${option.cost === undefined ? '' : `, cost ${money(option.cost)}`}${option.benefit === undefined ? '' : `, benefit ${money(option.benefit)}`}`).join('; ')}.`);
    }
    if (figures) {
        const source = figures.costSource === 'EAC' ? 'the forecast at completion' : figures.costSource === 'budget' ? 'the budget' : 'the work\'s budget at completion';
        notes.push(`Over ${appraisal.years} years at a discount rate of ${appraisal.discountRate}%: cost ${money(figures.totalCost)}, ${source}; benefits ${money(figures.totalBenefit)}; `
            + `payback ${figures.paybackYears === undefined ? `not within ${appraisal.years} years` : `${Math.round(figures.paybackYears * 100) / 100} years`}; `
            + `ROI ${figures.roi === undefined ? '–' : `${Math.round(figures.roi * 1000) / 10}%`}; NPV ${money(figures.npv)}.`);
        notes.push(figures.valid ? 'The benefits cover the cost: the business case holds.' : 'The cost now exceeds the benefits: the business case no longer holds.');
    }
    return {
        kind: 'benefits', title: 'Benefits',
        columns: [column('id', 'Benefit', 'id'), column('title', 'Title'), column('description', 'Description'), column('value', 'Value', 'money'), column('per', 'Per'),
            column('owner', 'Owner', 'id'), column('measure', 'Measure'), column('realised', 'Realised', 'date'), column('objective', 'Objective', 'id'), column('kpi', 'KPI', 'id')],
        rows: (registers.benefits ?? []).map(benefit => ({
            id: benefit.id, title: benefit.title ?? null, description: benefit.description ?? null, value: benefit.value ?? null, per: benefit.per,
            owner: ownerValue(benefit.owner), measure: benefit.measure ?? null, realised: benefit.realised ?? null, objective: benefit.objective ?? null, kpi: benefit.kpi ?? null,
        })),
        notes,
    };
}

function deliverablesTable({ registers, schedule }: RegisterTablesInput): RegisterTable {
    const scheduled = new Map(schedule?.items.map(item => [item.id, item]));
    const scope = registers.scope;
    return {
        kind: 'deliverables', title: 'Deliverables',
        columns: [column('id', 'Deliverable', 'id'), column('title', 'Title'), column('acceptance', 'Acceptance criteria', 'texts'), column('owner', 'Owner', 'id'),
            column('producedBy', 'Produced by', 'ids'), column('finish', 'Forecast finish', 'date'), column('progress', 'Progress', 'percent'), column('quality', 'Quality checks', 'ids')],
        rows: (registers.deliverables ?? []).map(deliverable => {
            const work = deliverable.producedBy.flatMap(id => scheduled.get(id) ?? []);
            const finish = work.reduce<IsoDate | undefined>((latest, item) => latest === undefined || item.finish > latest ? item.finish : latest, undefined);
            const days = work.reduce((sum, item) => sum + Math.max(item.durationDays, 0), 0);
            // Progress weighted by working days, so a one-day task does not count as much as a month's.
            const progress = work.length === 0 ? undefined
                : days === 0 ? Math.min(...work.map(item => item.progress))
                    : work.reduce((sum, item) => sum + item.progress * Math.max(item.durationDays, 0), 0) / days;
            return {
                id: deliverable.id, title: deliverable.title ?? null, acceptance: deliverable.acceptance, owner: ownerValue(deliverable.owner), producedBy: deliverable.producedBy,
                finish: finish ?? null, progress: progress === undefined ? null : Math.round(progress),
                quality: registers.qualities.filter(quality => quality.deliverables.some(id => id === deliverable.id || deliverable.producedBy.includes(id))).map(quality => quality.id),
            };
        }),
        notes: [
            ...(scope && scope.includes.length > 0 ? [`In scope: ${scope.includes.join('; ')}.`] : []),
            ...(scope && scope.excludes.length > 0 ? [`Out of scope: ${scope.excludes.join('; ')}.`] : []),
        ],
    };
}

function countText(count: number, one: string, many: string): string {
    return `${count} ${count === 1 ? one : many}`;
}
