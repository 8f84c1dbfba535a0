import { AstUtils } from 'langium';
import { isProject, type Benefit, type Deliverable, type Risk, type Stakeholder } from '../../generated/ast.js';
import { moneyText } from '../../engine/figure-text.js';
import { isRealDate } from '../../engine/calendar-dates.js';
import { riskRegister, type RiskRow } from '../../engine/risk-register.js';
import { QUADRANT_TITLES, quadrantOf } from '../../engine/stakeholder-grid.js';
import type { ProjectSchedules } from '../../planning/project-schedules.js';
import { registersInputOf } from '../../planning/registers-from-ast.js';
import { longDate } from '../../planning/schedule-text.js';

/** A risk's score and band, its response, and whether what it affects is on the critical path. */
export function riskHover(risk: Risk, schedules: ProjectSchedules): string {
    const heading = `**${risk.name}** · ${risk.kind === 'opportunity' ? 'opportunity' : 'risk'}${risk.title ? ` · ${risk.title}` : ''}`;
    const project = AstUtils.getContainerOfType(risk, isProject);
    if (!project) {
        return heading;
    }
    const registers = registersInputOf(project);
    const row = riskRegister(registers.risks, schedules.scheduleOf(project), registers.tolerances).find(candidate => candidate.id === risk.name);
    if (!row) {
        return heading;
    }
    const { riskAmber, riskRed } = registers.tolerances;
    const lines = [
        row.score === undefined
            ? '- Not scored: give it a likelihood and an impact, 1 to 5 each'
            : `- Score ${row.score} (likelihood ${row.likelihood} × impact ${row.impact}): **${row.rag}** (amber from ${riskAmber}, red from ${riskRed})`,
    ];
    if (row.residualScore !== undefined) {
        lines.push(`- After the response: ${row.residualScore} (${row.residualLikelihood} × ${row.residualImpact}), ${row.residualRag}`);
    }
    lines.push(`- Owner: ${row.owner ? `${row.owner.name ?? row.owner.id} (\`${row.owner.id}\`)` : '**none**'}${responseText(row)}`);
    if (row.proximity) {
        lines.push(`- Proximity: ${longDate(row.proximity)}`);
    }
    if (row.cost !== undefined) {
        const probability = row.probability === undefined ? 'no probability (give a likelihood or a probability)'
            : `probability ${row.probability}%${row.probability === risk.probability ? '' : ` (likelihood ${row.likelihood})`}`;
        lines.push(`- If it happens: ${moneyText(row.cost, project.currency)} · ${probability}${row.emv === undefined ? '' : ` · EMV ${moneyText(row.emv, project.currency)}`}`);
    }
    if (row.affects.length > 0) {
        const critical = row.criticalAffected.length > 0
            ? ` · **critical path**: ${row.criticalAffected.map(id => `\`${id}\``).join(', ')} ${row.criticalAffected.length === 1 ? 'has' : 'have'} no float, so a slip there delays the finish`
            : '';
        lines.push(`- Affects ${row.affects.map(id => `\`${id}\``).join(', ')}${critical}`);
    }
    return `${heading}\n\n${lines.join('\n')}`;
}

function responseText(row: RiskRow): string {
    return row.response ? ` · response: ${row.response}${row.responseText ? `, "${row.responseText}"` : ''}` : '';
}

/** Where a stakeholder sits on the power/interest grid, and so how to engage them. */
export function stakeholderHover(stakeholder: Stakeholder): string {
    const heading = `**${stakeholder.name}** · stakeholder${stakeholder.title ? ` · ${stakeholder.title}` : ''}`;
    const { power, interest } = stakeholder;
    const lines = [power && interest
        ? `- Power ${power}, interest ${interest}: **${QUADRANT_TITLES[quadrantOf(power as 'low', interest as 'low')].toLowerCase()}**`
        : '- Not yet assessed: give its power and interest (low, medium or high) to place it on the grid'];
    if (stakeholder.engage) {
        lines.push(`- Engagement: ${stakeholder.engage}${stakeholder.frequency ? `, ${stakeholder.frequency}` : ''}`);
    }
    if (stakeholder.next && isRealDate(stakeholder.next)) {
        lines.push(`- Next engagement: ${longDate(stakeholder.next)}${stakeholder.method ? `, by ${stakeholder.method}` : ''}`);
    }
    return `${heading}\n\n${lines.join('\n')}`;
}

/** A benefit's value and when it comes, and who answers for it and how it is measured. */
export function benefitHover(benefit: Benefit): string {
    const heading = `**${benefit.name}** · benefit${benefit.title ? ` · ${benefit.title}` : ''}`;
    const currency = AstUtils.getContainerOfType(benefit, isProject)?.currency;
    const lines: string[] = [];
    if (benefit.value !== undefined) {
        const when = benefit.realised && isRealDate(benefit.realised) ? ` ${benefit.per === 'year' ? 'from' : 'on'} ${longDate(benefit.realised)}` : '';
        lines.push(`- ${moneyText(benefit.value, currency)}${benefit.per === 'year' ? ' a year' : ' once'}${when}`);
    }
    const owner = benefit.owner?.ref?.name;
    lines.push(`- Owner: ${owner ? `\`${owner}\`` : '**none**'}${benefit.measure ? ` · measure: ${benefit.measure}` : ' · **no measure**'}`);
    return `${heading}\n\n${lines.join('\n')}`;
}

/** A deliverable's acceptance criteria, owner, and the work that produces it. */
export function deliverableHover(deliverable: Deliverable): string {
    const heading = `**${deliverable.name}** · deliverable${deliverable.title ? ` · ${deliverable.title}` : ''}`;
    const project = AstUtils.getContainerOfType(deliverable, isProject);
    const lines: string[] = [];
    if (deliverable.acceptance.length > 0) {
        lines.push(`- Acceptance: ${deliverable.acceptance.join('; ')}`);
    }
    const owner = deliverable.owner?.ref?.name;
    if (owner) {
        lines.push(`- Owner: \`${owner}\``);
    }
    const producers = project ? registersInputOf(project).deliverables?.find(candidate => candidate.id === deliverable.name)?.producedBy ?? [] : [];
    lines.push(producers.length > 0 ? `- Produced by ${producers.map(id => `\`${id}\``).join(', ')}` : '- **No task produces it** yet: add `produces` to the work that makes it');
    return `${heading}\n\n${lines.join('\n')}`;
}
