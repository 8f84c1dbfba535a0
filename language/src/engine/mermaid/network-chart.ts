import { format, parseISO } from 'date-fns';
import { linkedId, type DependencyInput, type PlanInput, type Schedule, type ScheduledItem } from '../plan-model.js';
import { isPhaseLinkType } from '../phase-logic.js';
import { mermaidId, mermaidText } from './mermaid-text.js';
import { daysFigure } from '../figure-text.js';

export interface NetworkOptions {
    /** Draw only the critical chain. */
    readonly criticalOnly?: boolean;
    /** Mermaid lays a flowchart out in time that grows fast with its size: never draw more nodes than this. */
    readonly maxNodes?: number;
    /**
     * Which way the flowchart runs: left to right (the default, which the preview redraws in rows
     * to fit its pane), top to bottom, or chosen by the graph's shape for a page that scales the
     * chart to its width (`networkDirection`).
     */
    readonly direction?: NetworkDirection | 'by-shape';
}

export type NetworkDirection = 'LR' | 'TB';

export interface NetworkChart {
    readonly mermaid: string;
    readonly criticalOnly: boolean;
    /** The Mermaid node id of each task or milestone drawn, with its plan id. */
    readonly nodes: ReadonlyArray<{ readonly mermaidId: string; readonly id: string }>;
    /** Said on screen when the chart leaves work out. */
    readonly notice?: string;
}

/**
 * The most nodes drawn where the network wraps into rows to fit its page (the preview, the HTML
 * pages): at 150 items it stays readable and draws in well under a second.
 */
export const DEFAULT_NETWORK_MAX_NODES = 150;
/** The most for Markdown, which GitHub draws unwrapped at the page's width. */
export const MARKDOWN_NETWORK_MAX_NODES = 60;

const shortDate = (date: string) => format(parseISO(date), 'd MMM');

/**
 * The direction in which a network is narrowest, for a page that shrinks a chart to its width
 * (GitHub draws a ```mermaid block at most as wide as the page): the chart runs the longest way
 * down the page. Left to right, the chart is as wide as its longest chain of links; top to bottom,
 * as wide as its widest layer (the nodes an equal number of links from the start). A layer across
 * costs about what a chain step along does (a node is wider than it is tall, and the link labels
 * take a rank of their own), so the deeper way of the two runs down.
 */
export function networkDirection(nodes: readonly string[], links: ReadonlyArray<readonly [string, string]>): NetworkDirection {
    const after = new Map<string, string[]>(nodes.map(node => [node, []]));
    const incoming = new Map<string, number>(nodes.map(node => [node, 0]));
    for (const [from, to] of links) {
        after.get(from)?.push(to);
        incoming.set(to, (incoming.get(to) ?? 0) + 1);
    }
    // Longest-path layers, in topological order (a schedule's links have no cycles).
    const layer = new Map<string, number>();
    const ready = nodes.filter(node => incoming.get(node) === 0);
    for (const node of ready) {
        layer.set(node, 0);
    }
    while (ready.length > 0) {
        const node = ready.pop()!;
        for (const next of after.get(node) ?? []) {
            layer.set(next, Math.max(layer.get(next) ?? 0, layer.get(node)! + 1));
            incoming.set(next, incoming.get(next)! - 1);
            if (incoming.get(next) === 0) {
                ready.push(next);
            }
        }
    }
    const widths = new Map<number, number>();
    for (const value of layer.values()) {
        widths.set(value, (widths.get(value) ?? 0) + 1);
    }
    const depth = widths.size;
    const breadth = Math.max(0, ...widths.values());
    return depth > breadth ? 'TB' : 'LR';
}

/**
 * The critical-path network as a Mermaid flowchart: a node per task and milestone with its title
 * (its id where it has none), dates and total float; critical nodes and driving critical links
 * highlighted (classDef and linkStyle, which any Mermaid shows, GitHub's too). A link from a phase is
 * drawn from the phase's last-finishing work; a phase's own link to the work in it that no other
 * work of the phase comes after (the rest follows that work).
 */
export function networkChart(plan: PlanInput, schedule: Schedule, options: NetworkOptions = {}): NetworkChart {
    const maxNodes = options.maxNodes ?? DEFAULT_NETWORK_MAX_NODES;
    const work = schedule.items.filter(item => item.kind !== 'phase');
    const byId = new Map(schedule.items.map(item => [item.id, item]));
    let criticalOnly = options.criticalOnly ?? false;
    let notice: string | undefined;
    if (!criticalOnly && work.length > maxNodes) {
        criticalOnly = true;
        notice = `Showing the critical chain only: the plan has ${work.length} tasks and milestones, more than the ${maxNodes} this view draws.`;
    }
    let shown = criticalOnly ? work.filter(item => item.critical) : work;
    let elided: { after: ScheduledItem; before: ScheduledItem; count: number } | undefined;
    if (shown.length > maxNodes) {
        const chain = (schedule.criticalPaths[0] ?? []).map(id => byId.get(id)!).filter(Boolean);
        const head = chain.slice(0, Math.floor(maxNodes / 2));
        const tail = chain.slice(chain.length - Math.ceil(maxNodes / 2));
        elided = { after: head[head.length - 1], before: tail[0], count: chain.length - head.length - tail.length };
        shown = [...head, ...tail];
        notice = `Showing the ends of the critical path: ${chain.length} items, more than the ${maxNodes} this view draws.`;
    }
    const visible = new Set(shown.map(item => item.id));
    const lastFinishing = new Map<string, string>();
    for (const item of work) {
        for (let phase = item.phase; phase !== undefined; phase = byId.get(phase)?.phase) {
            const current = lastFinishing.get(phase);
            if (current === undefined || byId.get(current)!.finish < item.finish) {
                lastFinishing.set(phase, item.id);
            }
        }
    }

    const inputs = new Map(plan.items.map(item => [item.id, item]));
    const lines: string[] = [];
    const nodes = shown.map(item => ({ mermaidId: mermaidId('t', item.id), id: item.id }));
    for (const item of shown) {
        const when = item.kind === 'milestone' ? `◆ ${shortDate(item.start)}` : `${shortDate(item.start)} → ${shortDate(item.finish)}`;
        const label = [mermaidText(inputs.get(item.id)?.name || item.id), when, `float ${daysFigure(item.totalFloat)}`].join('<br/>');
        lines.push(`    ${mermaidId('t', item.id)}["${label}"]:::${item.critical ? 'critical' : 'noncritical'}`);
    }
    const criticalLinks: number[] = [];
    const drawnLinks: Array<[string, string]> = [];
    let linkCount = 0;
    const fromPhases = phaseLinksDrawn(plan);
    for (const item of shown) {
        for (const dependency of [...inputs.get(item.id)?.dependencies ?? [], ...fromPhases.get(item.id) ?? []]) {
            const from = byId.get(linkedId(dependency))?.kind === 'phase' ? lastFinishing.get(dependency.predecessor) : linkedId(dependency);
            if (from === undefined || !visible.has(from)) {
                continue;
            }
            const lag = dependency.lag ? `${dependency.lag.amount >= 0 ? '+' : ''}${dependency.lag.amount}${dependency.lag.unit}` : '';
            const label = [dependency.type === 'FS' ? '' : dependency.type, lag].filter(Boolean).join(' ');
            lines.push(`    ${mermaidId('t', from)} ${label ? `-- "${mermaidText(label)}" -->` : '-->'} ${mermaidId('t', item.id)}`);
            drawnLinks.push([from, item.id]);
            if (item.critical && byId.get(from)?.critical && item.drivingPredecessor === from) {
                criticalLinks.push(linkCount);
            }
            linkCount++;
        }
    }
    if (elided) {
        lines.push(`    elided(["… ${elided.count} more critical items …"]):::noncritical`);
        lines.push(`    ${mermaidId('t', elided.after.id)} -.-> elided -.-> ${mermaidId('t', elided.before.id)}`);
        drawnLinks.push([elided.after.id, 'elided'], ['elided', elided.before.id]);
        linkCount += 2;
    }
    lines.push('    classDef critical stroke:#d1242f,stroke-width:3px');
    if (criticalLinks.length > 0) {
        lines.push(`    linkStyle ${criticalLinks.join(',')} stroke:#d1242f,stroke-width:3px`);
    }
    const direction = options.direction === 'by-shape'
        ? networkDirection([...shown.map(item => item.id), ...(elided ? ['elided'] : [])], drawnLinks)
        : options.direction ?? 'LR';
    return { mermaid: [`flowchart ${direction}`, ...lines].join('\n') + '\n', criticalOnly, nodes, notice };
}

/** The links of the phases around each piece of work that are drawn to it: to the work no other work of the phase precedes. */
function phaseLinksDrawn(plan: PlanInput): ReadonlyMap<string, DependencyInput[]> {
    const byId = new Map(plan.items.map(item => [item.id, item]));
    const phasesAround = (id: string): string[] => {
        const around: string[] = [];
        for (let phase = byId.get(id)?.phase; phase !== undefined && !around.includes(phase); phase = byId.get(phase)?.phase) {
            around.push(phase);
        }
        return around;
    };
    const drawn = new Map<string, DependencyInput[]>();
    for (const item of plan.items) {
        if (item.kind === 'phase') {
            continue;
        }
        for (const phase of phasesAround(item.id)) {
            const links = (byId.get(phase)?.dependencies ?? []).filter(dependency => isPhaseLinkType(dependency.type));
            const firstInPhase = !item.dependencies.some(dependency => linkedId(dependency) === phase || phasesAround(linkedId(dependency)).includes(phase));
            if (links.length > 0 && firstInPhase) {
                drawn.set(item.id, [...drawn.get(item.id) ?? [], ...links]);
            }
        }
    }
    return drawn;
}
