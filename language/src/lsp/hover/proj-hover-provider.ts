import { isPlanDate } from '../../engine/calendar-dates.js';
import type { AstNode, LangiumDocument, MaybePromise } from 'langium';
import { AstUtils, CstUtils, GrammarAST } from 'langium';
import { MultilineCommentHoverProvider, type LangiumServices } from 'langium/lsp';
import { isBenefit, isCalendar, isDeliverable, isKsb, isPublicHolidays, isMilestone, isPhase, isProject, isResource, isRisk, isStakeholder, isTask, type Dependency, type Ksb, type Milestone, type Phase, type Project, type Task } from '../../generated/ast.js';
import type { ScheduledItem } from '../../engine/plan-model.js';
import { projectOf, workItemsOf } from '../../planning/plan-items.js';
import type { ProjectSchedules } from '../../planning/project-schedules.js';
import type { ScheduleRisks } from '../../planning/schedule-risk-of.js';
import { scheduleRiskLines } from './schedule-risk-hovers.js';
import { earnedValueText } from '../../planning/earned-value-text.js';
import { daysFigure, shiftText, workingDaysText } from '../../engine/figure-text.js';
import { longDate, longDateTime, startReasonText } from '../../planning/schedule-text.js';
import type { ProjServices } from '../../proj-module.js';
import { benefitHover, deliverableHover, riskHover, stakeholderHover } from './register-hovers.js';
import { keywordHoverAt } from './keyword-hover.js';
import { calendarHover, publicHolidaysHover, resourceHover } from './resource-hovers.js';
import type { Hover, HoverParams } from 'vscode-languageserver';

/**
 * Hover on a task, milestone or phase (where it is declared or wherever it is referenced) shows
 * its computed schedule; on a risk, its score, band and critical-path exposure; on a stakeholder,
 * its place on the power/interest grid; on a resource, its units, rate, calendar and leave; on a
 * named calendar, its week; on a KSB code, the standard's text. Doc comments too.
 * On a keyword, what it means (keyword-docs.ts): `SS`, `estimate`, any word of `start no earlier than`.
 */
export class ProjHoverProvider extends MultilineCommentHoverProvider {
    private readonly schedules: ProjectSchedules;
    private readonly scheduleRisks: ScheduleRisks;

    constructor(services: ProjServices) {
        super(services as LangiumServices);
        this.schedules = services.planning.ProjectSchedules;
        this.scheduleRisks = services.planning.ScheduleRisks;
    }

    /** Langium's hover covers declarations and references; a keyword under the cursor gets its documentation. */
    override async getHoverContent(document: LangiumDocument, params: HoverParams): Promise<Hover | undefined> {
        const hover = await super.getHoverContent(document, params);
        if (hover) {
            return hover;
        }
        const text = this.holidayCodeHoverAt(document, params) ?? keywordHoverAt(document, params.position);
        return text ? { contents: { kind: 'markdown', value: text } } : undefined;
    }

    /** On `GB-ENG` of `holidays GB-ENG`: the public holidays from the plan's start to its finish. */
    private holidayCodeHoverAt(document: LangiumDocument, params: HoverParams): string | undefined {
        const root = document.parseResult?.value?.$cstNode;
        const offset = document.textDocument.offsetAt(params.position);
        const leaf = root && CstUtils.findLeafNodeAtOffset(root, offset);
        const holidays = leaf?.astNode;
        if (!leaf || !isPublicHolidays(holidays) || GrammarAST.isKeyword(leaf.grammarSource) || offset < leaf.offset || offset >= leaf.end) {
            return undefined;
        }
        const project = AstUtils.getContainerOfType(holidays, isProject);
        const schedule = project && this.schedules.scheduleOf(project);
        return publicHolidaysHover(holidays.code, schedule ? { start: schedule.start, finish: schedule.finish } : undefined);
    }

    protected override getAstNodeHoverContent(node: AstNode): MaybePromise<string | undefined> {
        const documentation = super.getAstNodeHoverContent(node) as string | undefined;
        const content = isTask(node) || isMilestone(node) || isPhase(node) ? this.workHover(node)
            : isProject(node) ? this.projectHover(node)
            : isKsb(node) ? ksbHover(node)
            : isRisk(node) ? riskHover(node, this.schedules)
            : isStakeholder(node) ? stakeholderHover(node)
            : isBenefit(node) ? benefitHover(node)
            : isDeliverable(node) ? deliverableHover(node)
            : isResource(node) ? resourceHover(node)
            : isCalendar(node) && node.name ? calendarHover(node)
            : undefined;
        return [content, documentation].filter(Boolean).join('\n\n---\n\n') || undefined;
    }

    private scheduledItem(node: Task | Milestone | Phase): ScheduledItem | undefined {
        const project = AstUtils.getContainerOfType(node, isProject);
        return project ? this.schedules.scheduledItemOf(project, node.name) : undefined;
    }

    private shownDurationOf(node: Task | Milestone | Phase, item: ScheduledItem): number {
        const project = AstUtils.getContainerOfType(node, isProject);
        return project ? this.schedules.shownDurationOf(project, item) : item.durationDays;
    }

    private workHover(node: Task | Milestone | Phase): string {
        const kind = isTask(node) ? 'task' : isMilestone(node) ? 'milestone' : 'phase';
        const heading = `**${node.name}** · ${kind}${node.title ? ` · ${node.title}` : ''}`;
        const item = this.scheduledItem(node);
        if (!item) {
            return `${heading}\n\nNot scheduled: ${this.whyNotScheduled(node)}.`;
        }
        const project = AstUtils.getContainerOfType(node, isProject);
        const [start, finish] = project && this.schedules.scheduleOf(project)?.usesHours ? [item.startTime, item.finishTime] : [undefined, undefined];
        const when = item.kind === 'milestone'
            ? `- **${longDateTime(item.start, start)}**`
            : `- **${longDateTime(item.start, start)} → ${longDateTime(item.finish, finish)}**, ${workingDaysText(this.shownDurationOf(node, item))}${this.estimateNote(node, item)}`;
        const lines = [
            when,
            `- Total float ${daysFigure(item.totalFloat)}, free float ${daysFigure(item.freeFloat)}${this.isLevelled(node) ? ' (levelled: allowing for resources)' : ''}${item.critical ? ': **on the critical path**' : ''}`,
        ];
        if (item.totalFloat < 0) {
            lines.push(`- Late start ${longDate(item.lateStart)}: ${daysFigure(Math.abs(item.totalFloat))} working days behind what its dates allow`);
        }
        if (!isPhase(node) && node.deadline && isPlanDate(node.deadline)) {
            const missed = project && this.schedules.scheduleOf(project)?.missedDates.find(date => date.kind === 'task-deadline' && date.item === item.id);
            lines.push(`- Deadline ${longDate(node.deadline)}: ${missed ? `**missed by ${workingDaysText(missed.workingDays)}**` : 'met'}`);
        }
        const driver = this.driverText(node, item);
        if (driver) {
            lines.push(`- Start set by ${driver}`);
        }
        if (item.levellingDelay !== undefined && item.delayedBy) {
            const busy = item.delayedBy.items.length > 0 ? `, busy with ${item.delayedBy.items.map(id => `\`${id}\``).join(', ')}` : '';
            lines.push(`- Levelling delays it ${workingDaysText(item.levellingDelay)}: it waits for \`${item.delayedBy.resource}\`${busy}`);
        }
        if (item.progress > 0) {
            lines.push(`- ${item.progress}% complete`);
        }
        lines.push(...this.baselineLines(node, item));
        if (isMilestone(node) && project) {
            lines.push(...scheduleRiskLines(project, this.scheduleRisks, node.name));
        }
        lines.push(...this.earnedValueLines(node));
        return `${heading}\n\n${lines.join('\n')}`;
    }

    /** `Finishes 3 working days later than v1-approved (baseline Fri 19 Mar 2027)`, or that it is new since. */
    private baselineLines(node: Task | Milestone | Phase, item: ScheduledItem): string[] {
        const project = AstUtils.getContainerOfType(node, isProject);
        const comparison = project && this.schedules.baselineComparisonOf(project);
        if (!comparison) {
            return [];
        }
        const revision = `\`${comparison.source.revision}\``;
        const variance = comparison.items.find(candidate => candidate.id === item.id);
        if (!variance) {
            return [`- Not in baseline ${revision}: added since`];
        }
        const verb = item.kind === 'milestone' ? 'Falls' : 'Finishes';
        const lines = [`- ${verb} ${shiftText(variance.finishVariance, revision)} (baseline ${longDate(variance.baselineFinish)})`];
        if (item.kind !== 'milestone' && variance.startVariance !== 0) {
            lines.push(`- Starts ${shiftText(variance.startVariance, revision)} (baseline ${longDate(variance.baselineStart)})`);
        }
        return lines;
    }

    private isLevelled(node: Task | Milestone | Phase): boolean {
        const project = AstUtils.getContainerOfType(node, isProject);
        return !!project && this.schedules.scheduleOf(project)?.levelled === true;
    }

    private estimateNote(node: Task | Milestone | Phase, item: ScheduledItem): string {
        if (!isTask(node) || !node.estimate || item.standardDeviationDays === undefined) {
            return '';
        }
        const { optimistic, mostLikely, pessimistic } = node.estimate;
        return ` (PERT mean of ${optimistic} ${mostLikely} ${pessimistic}, rounded up; σ ${item.standardDeviationDays.toFixed(1)} days)`;
    }

    private driverText(node: Task | Milestone | Phase, item: ScheduledItem): string | undefined {
        if (!item.drivingPredecessor) {
            return startReasonText(item.startReason);
        }
        const driver = item.drivingPredecessor;
        // The link is the item's own, or that of a phase around it, which holds its work.
        const phase = item.drivingPhase === undefined ? undefined : AstUtils.getContainerOfType(node, (candidate): candidate is Phase => isPhase(candidate) && candidate.name === item.drivingPhase);
        const links = phase ? phase.dependencies : isPhase(node) ? [] : node.dependencies;
        const link = links.find(dependency => linksTo(dependency, driver));
        if (!link) {
            return `\`${driver}\``;
        }
        const via = link.predecessor.ref && isPhase(link.predecessor.ref) ? ` in phase \`${link.predecessor.ref.name}\`` : '';
        const how = [link.type ?? 'FS', link.lag].filter(Boolean).join(' ');
        return `\`${driver}\`${via} (${how})${this.elsewhereText(link)}${phase && phase !== node ? `, the link of phase \`${phase.name}\`` : ''}`;
    }

    /** For work of another project: which, and when it starts or finishes, as the link waits for. */
    private elsewhereText(link: Dependency): string {
        const predecessor = link.predecessor.ref;
        const there = predecessor && projectOf(predecessor);
        if (!predecessor || !there || there === AstUtils.getContainerOfType(link, isProject)) {
            return '';
        }
        const scheduled = this.schedules.scheduledItemOf(there, predecessor.name);
        const fromStart = link.type === 'SS' || link.type === 'SF';
        const when = scheduled && (fromStart ? `, starting ${longDate(scheduled.start)}` : `, finishing ${longDate(scheduled.finish)}`);
        return `, ${predecessor.title ?? predecessor.name} in project ${there.title ?? there.name}${when ?? ''}`;
    }

    private whyNotScheduled(node: Task | Milestone | Phase): string {
        const project = AstUtils.getContainerOfType(node, isProject);
        if (!project?.start) {
            return 'the project has no start date';
        }
        return 'it lies on a dependency cycle';
    }

    private projectHover(project: Project): string | undefined {
        const schedule = this.schedules.scheduleOf(project);
        const heading = `**${project.name}** · project${project.title ? ` · ${project.title}` : ''}`;
        if (!schedule) {
            return `${heading}\n\nNot scheduled: the project has no start date.`;
        }
        const lines = [`- **${longDate(schedule.start)} → ${longDate(schedule.finish)}**`];
        if (schedule.criticalPaths.length > 0) {
            lines.push(`- Critical path: ${schedule.criticalPaths[0].map(id => `\`${id}\``).join(' → ')}`);
        }
        const deadline = schedule.missedDates.find(missed => missed.kind === 'deadline');
        if (project.deadline) {
            lines.push(deadline ? `- Deadline ${longDate(project.deadline)}: **missed by ${workingDaysText(deadline.workingDays)}**` : `- Deadline ${longDate(project.deadline)}: met`);
        }
        const comparison = this.schedules.baselineComparisonOf(project);
        if (comparison) {
            const revision = `\`${comparison.source.revision}\``;
            const changed = [comparison.added.length > 0 ? `${comparison.added.length} added` : '', comparison.removed.length > 0 ? `${comparison.removed.length} removed` : ''].filter(Boolean);
            lines.push(`- Finishes ${shiftText(comparison.project.finishVariance, revision)} (baseline ${longDate(comparison.project.baselineFinish)})`
                + (changed.length > 0 ? `; since then ${changed.join(' and ')}` : ''));
        }
        lines.push(...scheduleRiskLines(project, this.scheduleRisks));
        lines.push(...this.earnedValueLines(project));
        return `${heading}\n\n${lines.join('\n')}`;
    }

    /** The item's (or project's) earned value at the status date, when it costs or spends anything. */
    private earnedValueLines(node: Task | Milestone | Phase | Project): string[] {
        const project = isProject(node) ? node : AstUtils.getContainerOfType(node, isProject);
        const report = project && this.schedules.earnedValueOf(project);
        const line = report?.lines.find(candidate => candidate.id === node.name);
        return report && line && (line.bac > 0 || line.ac > 0) ? [`- ${earnedValueText(line, report.status)}`] : [];
    }
}

function linksTo(dependency: Dependency, id: string): boolean {
    const target = dependency.predecessor?.ref;
    if (!target) {
        return false;
    }
    // Work of another project drives as `project.id`.
    const there = projectOf(target);
    const prefix = there && there !== AstUtils.getContainerOfType(dependency, isProject) ? `${there.name}.` : '';
    return `${prefix}${target.name}` === id || (isPhase(target) && workItemsOf(target).some(item => `${prefix}${item.name}` === id));
}

function ksbHover(ksb: Ksb): string {
    const standard = ksb.$container;
    return `**${ksb.name}** · ${ksb.kind} · ${standard.name}${standard.title ? ` ${standard.title}` : ''}\n\n${ksb.text}`;
}
