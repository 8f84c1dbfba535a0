// The outputs of `proj diff`: a one-line summary of the finish, JSON for tools (keys keep their
// names and order, `null` where there is nothing), and the sections of what changed, which the
// aligned table and the Markdown both draw, each escaping the plan's text in its own way.
import { signedSpanText } from '../../language/src/engine/durations.js';
import { moneyText, signedText, workingDaysText } from '../../language/src/engine/figure-text.js';
import type { Rag } from '../../language/src/engine/register-model.js';
import { isUnchanged, type BudgetFigures, type DatedItem, type LinkKind, type RiskScore, type ScheduleDiff, type ScoredRisk } from '../../language/src/engine/schedule-diff.js';
import { shortDate } from '../../language/src/planning/schedule-text.js';
import { alignedTable } from './aligned-table.js';
import type { PlanVersion, VersionSource } from './plan-versions.js';

/** The two versions compared, as the outputs name them. */
export interface ComparedVersions {
    readonly before: PlanVersion;
    readonly after: PlanVersion;
}

/** `Project finish moves 3 working days later: 19 Mar → 24 Mar 2027`. */
export function finishSummary(diff: ScheduleDiff): string {
    const { before, after, shift } = diff.finish;
    if (before === after) {
        return `Project finish unchanged: ${shortDate(after)} ${after.slice(0, 4)}`;
    }
    const dates = `${shortDate(before)}${before.slice(0, 4) === after.slice(0, 4) ? '' : ` ${before.slice(0, 4)}`} → ${shortDate(after)} ${after.slice(0, 4)}`;
    if (shift === 0) {
        // Days off added or taken away around the finish: another day, the same working day.
        return `Project finish moves to another day, on the same working day: ${dates}`;
    }
    return `Project finish moves ${workingDaysText(Math.abs(shift))} ${shift > 0 ? 'later' : 'earlier'}: ${dates}`;
}

/** `v1-approved (3f2a1b0)`, `the working tree`. */
export function versionText(source: VersionSource): string {
    return source.revision === undefined ? 'the working tree' : `${source.revision} (${source.commit!.slice(0, 7)})`;
}

const orNull = <T>(value: T | undefined): T | null => value ?? null;
const money = (amount: number | undefined) => amount === undefined ? null : Math.round(amount * 100) / 100;
const lagText = (link: LinkKind) => link.lag ? signedSpanText(link.lag) : null;
const linkJson = (link: LinkKind) => ({ type: link.type, lag: lagText(link) });
const datedJson = (item: DatedItem) => ({ id: item.id, name: orNull(item.name), kind: item.kind, start: item.start, finish: item.finish, durationDays: item.durationDays });
const budgetJson = (figures: BudgetFigures) => ({
    bac: { before: money(figures.bac.before), after: money(figures.bac.after), change: money(figures.bac.change) },
    stated: { before: money(figures.stated.before), after: money(figures.stated.after) },
});
const scoreJson = (score: RiskScore) => ({ score: orNull(score.score), rag: orNull(score.rag), residualScore: orNull(score.residualScore), residualRag: orNull(score.residualRag) });
const riskJson = (risk: ScoredRisk) => ({ id: risk.id, title: orNull(risk.title), kind: risk.kind, ...scoreJson(risk) });
const sourceJson = (source: VersionSource) => ({ revision: orNull(source.revision), commit: orNull(source.commit), path: source.path });

/** The diff as one JSON document; the order of the keys is part of the contract. */
export function formatScheduleDiffJson(diff: ScheduleDiff, versions: ComparedVersions): string {
    const { after } = versions;
    return JSON.stringify({
        project: after.project.id,
        currency: orNull(after.project.currency),
        before: sourceJson(versions.before.source),
        after: sourceJson(after.source),
        changed: !isUnchanged(diff),
        summary: finishSummary(diff),
        start: diff.start,
        finish: diff.finish,
        added: diff.added.map(datedJson),
        removed: diff.removed.map(datedJson),
        moved: diff.moved.map(item => ({
            id: item.id, name: orNull(item.name), kind: item.kind, before: item.before, after: item.after, startShift: item.startShift, finishShift: item.finishShift,
        })),
        durations: diff.durations.map(item => ({ id: item.id, name: orNull(item.name), before: item.before, after: item.after, change: item.change })),
        links: {
            added: diff.links.added.map(link => ({ from: link.predecessor, to: link.successor, ...linkJson(link) })),
            removed: diff.links.removed.map(link => ({ from: link.predecessor, to: link.successor, ...linkJson(link) })),
            changed: diff.links.changed.map(link => ({ from: link.predecessor, to: link.successor, before: linkJson(link.before), after: linkJson(link.after) })),
        },
        criticalPath: diff.criticalPath,
        budget: { ...budgetJson(diff.budget), phases: diff.budget.phases.map(phase => ({ id: phase.id, name: orNull(phase.name), ...budgetJson(phase) })) },
        risks: {
            added: diff.risks.added.map(riskJson),
            removed: diff.risks.removed.map(riskJson),
            changed: diff.risks.changed.map(risk => ({ id: risk.id, title: orNull(risk.title), kind: risk.kind, before: scoreJson(risk.before), after: scoreJson(risk.after) })),
        },
    }, undefined, 2);
}

/** How an output writes the plan's ids and text (plain, or escaped for Markdown). */
export interface CellText {
    readonly id: (id: string) => string;
    readonly text: (text: string) => string;
}

/** One heading and table of what changed. */
export interface DiffSection {
    readonly title: string;
    readonly headings: readonly string[];
    readonly align: ReadonlyArray<'left' | 'right'>;
    readonly rows: ReadonlyArray<readonly string[]>;
}

/** `+3`, `−2`, `0`. */
/** `12 amber`: a score and its band; `–` unscored. */
function scoreText(score: number | undefined, rag: Rag | undefined): string {
    return score === undefined ? '–' : `${score}${rag ? ` ${rag}` : ''}`;
}

function linkText(link: LinkKind): string {
    return link.lag ? `${link.type} ${signedSpanText(link.lag)}` : link.type;
}

/**
 * The project's dates, budget and critical path before and after, then a section for each kind of
 * change there is: work added, removed and moved, durations, links, phase budgets and risks.
 */
export function diffSections(diff: ScheduleDiff, currency: string | undefined, cell: CellText): DiffSection[] {
    const name = (item: { readonly name?: string }) => cell.text(item.name ?? '');
    const cost = (amount: number | undefined) => amount === undefined ? '–' : cell.text(moneyText(amount, currency));
    const costChange = (amount: number) => amount === 0 ? '' : signedText(amount, cost);
    const path = (ids: readonly string[]) => ids.length === 0 ? 'none' : ids.map(cell.id).join(' → ');
    const { start, finish, budget, criticalPath } = diff;

    const project: string[][] = [
        ['Start', start.before, start.after, start.before === start.after ? '' : `${signedText(start.shift)} working days`],
        ['Finish', finish.before, finish.after, finish.before === finish.after ? '' : `${signedText(finish.shift)} working days`],
        ['Budget at completion', cost(budget.bac.before), cost(budget.bac.after), costChange(budget.bac.change)],
    ];
    if (budget.stated.before !== undefined || budget.stated.after !== undefined) {
        project.push(['Budget', cost(budget.stated.before), cost(budget.stated.after), '']);
    }
    const criticalChange = [
        ...criticalPath.joined.map(id => `+${cell.id(id)}`),
        ...criticalPath.left.map(id => `−${cell.id(id)}`),
    ].join(' ');
    project.push(['Critical path', path(criticalPath.before), path(criticalPath.after), criticalChange]);

    const dated = (items: readonly DatedItem[]) => items.map(item => [cell.id(item.id), name(item), item.kind, item.start, item.finish, item.kind === 'milestone' ? '◆' : String(item.durationDays)]);
    const links = [
        ...diff.links.added.map(link => ['added', cell.id(link.predecessor), cell.id(link.successor), '', linkText(link)]),
        ...diff.links.removed.map(link => ['removed', cell.id(link.predecessor), cell.id(link.successor), linkText(link), '']),
        ...diff.links.changed.map(link => ['changed', cell.id(link.predecessor), cell.id(link.successor), linkText(link.before), linkText(link.after)]),
    ];
    const risk = (change: string, id: string, title: string | undefined, before?: RiskScore, after?: RiskScore) => [
        change, cell.id(id), cell.text(title ?? ''),
        before ? scoreText(before.score, before.rag) : '', after ? scoreText(after.score, after.rag) : '',
        before ? scoreText(before.residualScore, before.residualRag) : '', after ? scoreText(after.residualScore, after.residualRag) : '',
    ];
    const risks = [
        ...diff.risks.added.map(added => risk('added', added.id, added.title, undefined, added)),
        ...diff.risks.removed.map(removed => risk('removed', removed.id, removed.title, removed, undefined)),
        ...diff.risks.changed.map(change => risk('changed', change.id, change.title, change.before, change.after)),
    ];

    const sections: DiffSection[] = [
        { title: 'Project', headings: ['', 'Before', 'After', 'Change'], align: ['left', 'left', 'left', 'left'], rows: project },
        { title: 'Added', headings: ['Id', 'Name', 'Kind', 'Start', 'Finish', 'Days'], align: ['left', 'left', 'left', 'left', 'left', 'right'], rows: dated(diff.added) },
        { title: 'Removed', headings: ['Id', 'Name', 'Kind', 'Start', 'Finish', 'Days'], align: ['left', 'left', 'left', 'left', 'left', 'right'], rows: dated(diff.removed) },
        {
            title: 'Moved (working days)', headings: ['Id', 'Name', 'Start before', 'Start after', 'Shift', 'Finish before', 'Finish after', 'Shift'],
            align: ['left', 'left', 'left', 'left', 'right', 'left', 'left', 'right'],
            rows: diff.moved.map(item => [cell.id(item.id), name(item), item.before.start, item.after.start, signedText(item.startShift), item.before.finish, item.after.finish, signedText(item.finishShift)]),
        },
        {
            title: 'Durations (working days)', headings: ['Id', 'Name', 'Before', 'After', 'Change'], align: ['left', 'left', 'right', 'right', 'right'],
            rows: diff.durations.map(item => [cell.id(item.id), name(item), String(item.before), String(item.after), signedText(item.change)]),
        },
        { title: 'Links', headings: ['', 'From', 'To', 'Before', 'After'], align: ['left', 'left', 'left', 'left', 'left'], rows: links },
        {
            title: 'Phase budgets', headings: ['Id', 'Name', 'BAC before', 'BAC after', 'Change', 'Budget before', 'Budget after'],
            align: ['left', 'left', 'right', 'right', 'right', 'right', 'right'],
            rows: budget.phases.map(phase => [
                cell.id(phase.id), name(phase), cost(phase.bac.before), cost(phase.bac.after), costChange(phase.bac.change),
                cost(phase.stated.before), cost(phase.stated.after),
            ]),
        },
        { title: 'Risks', headings: ['', 'Id', 'Title', 'Score before', 'Score after', 'Residual before', 'Residual after'], align: ['left', 'left', 'left', 'right', 'right', 'right', 'right'], rows: risks },
    ];
    return sections.filter(section => section.rows.length > 0);
}

const plainText: CellText = { id: id => id, text: text => text.replace(/[\r\n\t]+/g, ' ') };

/** A title line, the summary, then each section as an aligned table. */
export function formatScheduleDiffTable(diff: ScheduleDiff, versions: ComparedVersions): string[] {
    const { after } = versions;
    const lines = [
        [after.project.id, after.project.title, `${versionText(versions.before.source)} → ${versionText(after.source)}`].filter(Boolean).join(' · '),
        finishSummary(diff),
    ];
    if (isUnchanged(diff)) {
        return [...lines, '', 'Nothing in the schedule changed.'];
    }
    for (const section of diffSections(diff, after.project.currency, plainText)) {
        const columns = section.headings.map((heading, index) => ({ heading, align: section.align[index], cell: (row: readonly string[]) => row[index] }));
        lines.push('', section.title, ...alignedTable(columns, section.rows));
    }
    return lines;
}
