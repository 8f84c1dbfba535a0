import { format, parseISO } from 'date-fns';
import type { PlanInput, Schedule, ScheduledItem } from '../plan-model.js';
import { mermaidId, mermaidText } from './mermaid-text.js';

export interface NetworkOptions {
    /** Draw only the critical chain. */
    readonly criticalOnly?: boolean;
    /** Mermaid lays a flowchart out in time that grows fast with its size: never draw more nodes than this. */
    readonly maxNodes?: number;
}

export interface NetworkChart {
    readonly mermaid: string;
    readonly criticalOnly: boolean;
    /** The Mermaid node id of each task or milestone drawn, with its plan id. */
    readonly nodes: ReadonlyArray<{ readonly mermaidId: string; readonly id: string }>;
    /** Said on screen when the chart leaves work out. */
    readonly notice?: string;
}

export const DEFAULT_NETWORK_MAX_NODES = 60;

const shortDate = (date: string) => format(parseISO(date), 'd MMM');

/**
 * The critical-path network as a left-to-right Mermaid flowchart: a node per task and milestone
 * with its id, dates and total float; critical nodes and driving critical links highlighted, the
 * rest muted. A link to a phase is drawn from the phase's last-finishing work.
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

    const lines = ['flowchart LR'];
    const nodes = shown.map(item => ({ mermaidId: mermaidId('t', item.id), id: item.id }));
    for (const item of shown) {
        const when = item.kind === 'milestone' ? `◆ ${shortDate(item.start)}` : `${shortDate(item.start)} → ${shortDate(item.finish)}`;
        const label = [mermaidText(item.id), when, `float ${item.totalFloat}`].join('<br/>');
        lines.push(`    ${mermaidId('t', item.id)}["${label}"]:::${item.critical ? 'critical' : 'muted'}`);
    }
    const criticalLinks: number[] = [];
    let linkCount = 0;
    const inputs = new Map(plan.items.map(item => [item.id, item]));
    for (const item of shown) {
        for (const dependency of inputs.get(item.id)?.dependencies ?? []) {
            const from = byId.get(dependency.predecessor)?.kind === 'phase' ? lastFinishing.get(dependency.predecessor) : dependency.predecessor;
            if (from === undefined || !visible.has(from)) {
                continue;
            }
            const lag = dependency.lag ? `${dependency.lag.amount >= 0 ? '+' : ''}${dependency.lag.amount}${dependency.lag.unit}` : '';
            const label = [dependency.type === 'FS' ? '' : dependency.type, lag].filter(Boolean).join(' ');
            lines.push(`    ${mermaidId('t', from)} ${label ? `-- "${mermaidText(label)}" -->` : '-->'} ${mermaidId('t', item.id)}`);
            if (item.critical && byId.get(from)?.critical && item.drivingPredecessor === from) {
                criticalLinks.push(linkCount);
            }
            linkCount++;
        }
    }
    if (elided) {
        lines.push(`    elided(["… ${elided.count} more critical items …"]):::muted`);
        lines.push(`    ${mermaidId('t', elided.after.id)} -.-> elided -.-> ${mermaidId('t', elided.before.id)}`);
        linkCount += 2;
    }
    lines.push('    classDef critical stroke:#d1242f,stroke-width:3px');
    lines.push('    classDef muted opacity:0.6');
    if (criticalLinks.length > 0) {
        lines.push(`    linkStyle ${criticalLinks.join(',')} stroke:#d1242f,stroke-width:3px`);
    }
    return { mermaid: lines.join('\n') + '\n', criticalOnly, nodes, notice };
}
