/// <reference lib="dom" />
// What a bar or milestone says when the pointer rests on it: its name, dates, working days,
// float, progress, resources, and what drives its start. The text is pure; the tooltip is one
// element that follows the pointer over the chart and the table.
import type { GanttDriver, GanttLink } from '../../../language/src/engine/gantt-rows.js';
import type { GanttChartRow } from '../../../language/src/engine/mermaid/gantt-chart.js';
import { shiftText, workingDaysText } from '../../../language/src/engine/figure-text.js';
import { longDate, longDateTime, startReasonText } from '../../../language/src/planning/schedule-text.js';
import { element } from '../dom.js';

const LINK_WORDS = {
    FS: ['Starts after', 'finishes'],
    SS: ['Starts when', 'starts'],
    FF: ['Finishes when', 'finishes'],
    SF: ['Finishes when', 'starts'],
} as const;

const named = (id: string, titles: ReadonlyMap<string, string>) => {
    const title = titles.get(id);
    return title !== undefined && title !== id ? `${title} (${id})` : id;
};

export function driverText(driver: GanttDriver | undefined, titles: ReadonlyMap<string, string>): string | undefined {
    if (!driver) {
        return undefined;
    }
    if (driver.kind === 'levelling') {
        const busy = driver.busyWith.length > 0 ? `, busy with ${driver.busyWith.map(id => named(id, titles)).join(', ')}` : '';
        return `Levelling delays it ${workingDaysText(driver.days)}: it waits for ${named(driver.resource, titles)}${busy}`;
    }
    if (driver.kind === 'reason') {
        const reason = startReasonText(driver.reason);
        return reason && `Starts at ${reason}`;
    }
    const [verb, what] = LINK_WORDS[driver.type];
    const phase = driver.phase !== undefined ? `, the link of phase ${named(driver.phase, titles)}` : '';
    return `${verb} ${named(driver.from, titles)} ${what}${driver.lag ? `, ${driver.lag}` : ''} (${driver.type})${phase}`;
}

/** The lines of a row's tooltip, the first its title. */
/** `baseline` names the revision the row's baseline dates come from. */
export function rowTooltip(row: GanttChartRow, titles: ReadonlyMap<string, string>, baseline = 'the baseline'): string[] {
    const lines = [row.title === row.id ? row.id : `${row.title} (${row.id})`];
    if (row.kind === 'milestone') {
        lines.push(`Milestone on ${longDateTime(row.start, row.startTime)}`);
    } else {
        lines.push(`${longDateTime(row.start, row.startTime)} → ${longDateTime(row.finish, row.finishTime)}`, workingDaysText(row.workingDays));
    }
    if (row.kind === 'phase') {
        lines.push(`${row.contains} ${row.contains === 1 ? 'task or milestone' : 'tasks and milestones'}${row.folded ? ', folded' : ''}`);
    }
    lines.push(`${row.critical ? 'Critical: ' : ''}total float ${workingDaysText(row.totalFloat)}, free float ${workingDaysText(row.freeFloat)}`);
    lines.push(row.progress >= 100 ? 'Done' : row.progress > 0 ? `${row.progress}% done` : 'Not started');
    if (row.resources?.length) {
        lines.push(`Resources: ${row.resources.join(', ')}`);
    }
    const driver = driverText(row.driver, titles);
    if (driver) {
        lines.push(driver);
    }
    if (row.deadline) {
        lines.push(`Deadline ${longDate(row.deadline.date)}: ${row.deadline.missedBy !== undefined ? `missed by ${workingDaysText(row.deadline.missedBy)}` : 'met'}`);
    }
    if (row.baseline) {
        const dates = row.kind === 'milestone' ? longDate(row.baseline.start) : `${longDate(row.baseline.start)} → ${longDate(row.baseline.finish)}`;
        lines.push(`Baseline ${baseline}: ${dates}`, `${row.kind === 'milestone' ? 'Falls' : 'Finishes'} ${shiftText(row.baseline.finishVariance, baseline)}`);
    }
    if (row.elsewhere) {
        lines.push(`Work of project ${row.elsewhere.projectTitle ?? row.elsewhere.project}, another plan: a click opens it`);
    }
    return lines;
}

export function linkTooltip(link: GanttLink, titles: ReadonlyMap<string, string>): string[] {
    const [verb, what] = LINK_WORDS[link.type];
    return [
        `${named(link.from, titles)} → ${named(link.to, titles)}`,
        `${link.type}${link.lag ? ` ${link.lag}` : ''}: ${verb.toLowerCase()} ${link.from} ${what}${link.critical ? ', on the critical chain' : ''}`,
        'Click to reveal its after clause',
    ];
}

/** One floating tooltip for a container: shows the lines `textOf` gives for what the pointer is over. */
export class Tooltip {
    readonly element: HTMLElement;

    constructor(container: HTMLElement, textOf: (target: Element, event: PointerEvent) => string[] | undefined) {
        this.element = element('div', { class: 'proj-tooltip', role: 'tooltip', hidden: '' });
        container.append(this.element);
        container.addEventListener('pointermove', event => {
            const lines = event.target instanceof Element ? textOf(event.target, event) : undefined;
            if (!lines) {
                this.hide();
                return;
            }
            this.show(lines, event.clientX, event.clientY);
        });
        container.addEventListener('pointerleave', () => this.hide());
        container.addEventListener('scroll', () => this.hide(), true);
    }

    show(lines: readonly string[], clientX: number, clientY: number): void {
        const text = lines.join('\n');
        if (this.element.dataset.text !== text) {
            this.element.dataset.text = text;
            this.element.replaceChildren(element('strong', {}, lines[0]), ...lines.slice(1).map(line => element('div', {}, line)));
        }
        this.element.hidden = false;
        // Beside the pointer, kept inside the window.
        const { offsetWidth: width, offsetHeight: height } = this.element;
        const x = clientX + 14 + width > window.innerWidth ? clientX - 14 - width : clientX + 14;
        const y = clientY + 18 + height > window.innerHeight ? clientY - 10 - height : clientY + 18;
        this.element.style.left = `${Math.max(4, x)}px`;
        this.element.style.top = `${Math.max(4, y)}px`;
    }

    hide(): void {
        this.element.hidden = true;
    }
}
