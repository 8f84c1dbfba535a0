// The plan "Proj: New Plan" writes: small, valid and schedulable at once, with a place for each
// kind of statement a new user reaches for first. Plain text in, plain text out: the VS Code client
// imports it without Langium.
import { DEFAULT_TOLERANCES, type Tolerances } from '../engine/register-model.js';

export interface NewPlanOptions {
    /** What the plan is called, as people write it: "Office relocation". */
    readonly title: string;
    /** The project's start date, `2027-01-04`. */
    readonly start: string;
    readonly tolerances?: Tolerances;
}

/**
 * The language's keywords, which cannot be ids. A test keeps this list equal to the grammar's, so
 * that a plan named "Risk" or "Status" still gets an id that parses.
 */
export const RESERVED_WORDS: ReadonlySet<string> = new Set([
    'FF', 'FS', 'SF', 'SS', 'accept', 'actual', 'affects', 'after', 'alap', 'amber', 'approved', 'asap', 'assessed', 'assign', 'avoid',
    'baseline', 'behaviour', 'budget', 'calendar', 'category', 'change', 'closed', 'cost', 'cpi', 'criterion', 'critical',
    'currency', 'deadline', 'duration', 'duty', 'earlier', 'engage', 'enhance', 'escalate', 'estimate', 'exploit',
    'failed', 'finish', 'for', 'fri', 'frequency', 'functional', 'high', 'holiday', 'holidays', 'hours', 'hybrid', 'impact',
    'implemented', 'interest', 'issue', 'iterative', 'ksb', 'kpi', 'later', 'leave', 'less', 'lesson', 'level',
    'lifecycle', 'likelihood', 'linear', 'low', 'matrix', 'medium', 'milestone', 'mon', 'more', 'no', 'objective', 'on',
    'open', 'opportunity', 'or', 'owner', 'passed', 'pending', 'phase', 'power', 'priority', 'progress', 'project', 'proximity',
    'quality', 'raised', 'rate', 'red', 'reduce', 'rejected', 'residual', 'resource', 'response', 'risk', 'role',
    'sat', 'schedule', 'severity', 'share', 'skill', 'spent', 'spi', 'stakeholder', 'standard', 'start', 'status', 'structure',
    'sun', 'target', 'task', 'than', 'thu', 'to', 'tolerance', 'transfer', 'tue', 'unit', 'units', 'wed', 'workday', 'workdays',
    'knowledge',
    'acceptance', 'actioned', 'appraisal', 'benefit', 'chosen', 'contingency', 'deliverable', 'description', 'discount',
    'excludes', 'history', 'includes', 'measure', 'option', 'probability', 'produces', 'realised', 'recommend', 'reserve',
    'resolution', 'value', 'via', 'year', 'years',
    'confidence', 'delay', 'distribution', 'pert', 'triangular', 'uncertainty',
]);

/** An id from a title: `Office relocation (Leeds)` → `office_relocation_leeds`; never a keyword. */
export function planIdOf(title: string): string {
    const words = title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().match(/[a-z0-9]+/g) ?? [];
    let id = words.join('_') || 'plan';
    if (/^[0-9]/.test(id)) {
        id = `plan_${id}`;
    }
    return RESERVED_WORDS.has(id) ? `${id}_plan` : id;
}

/** A title as a `.proj` string: one line, quotes and backslashes escaped. */
export function stringLiteral(text: string): string {
    return `"${text.replace(/[\r\n\t]+/g, ' ').replace(/[\\"]/g, character => `\\${character}`)}"`;
}

/** The Monday after `today` (or `today`, if it is a Monday): a natural start for a new plan. */
export function nextMonday(today: Date): string {
    const date = new Date(Date.UTC(today.getFullYear(), today.getMonth(), today.getDate()));
    date.setUTCDate(date.getUTCDate() + ((8 - date.getUTCDay()) % 7));
    return date.toISOString().slice(0, 10);
}

export function newPlanText({ title, start, tolerances = DEFAULT_TOLERANCES }: NewPlanOptions): string {
    const name = title.trim() || 'New plan';
    return [
        `// ${name.replace(/[\r\n]+/g, ' ')}: a plan kept as code. Grow it a line at a time; ctrl+k v shows its Gantt chart.`,
        `project ${planIdOf(name)} ${stringLiteral(name)} {`,
        `    start ${start}`,
        '    currency GBP',
        '',
        '    tolerance {',
        `        cpi ${tolerances.cpi}`,
        `        spi ${tolerances.spi}`,
        `        risk amber ${tolerances.riskAmber} red ${tolerances.riskRed}`,
        '    }',
        '',
        '    calendar {',
        '        workdays mon tue wed thu fri',
        '    }',
        '',
        '    resource pm "Project manager" { role "Associate project manager" rate 300/d }',
        '',
        '    phase initiation "Initiation" {',
        '        task business_case "Draft the business case" { duration 5d assign pm ksb K9 }',
        '        milestone approval "Business case approved" { after business_case }',
        '    }',
        '',
        '    phase delivery "Delivery" {',
        '        task plan_work "Plan the work" { duration 3d after approval assign pm ksb K21 }',
        '        milestone complete "Project complete" { after plan_work }',
        '    }',
        '',
        '    risk first_risk "A threat to the plan" {',
        '        likelihood 2 impact 3 owner pm',
        '        response reduce "What you will do about it"',
        '        affects plan_work',
        '    }',
        '}',
        '',
    ].join('\n');
}
