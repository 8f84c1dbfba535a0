import { AstUtils } from 'langium';
import { isProject, type Risk, type Stakeholder } from '../../generated/ast.js';
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
    return `${heading}\n\n${lines.join('\n')}`;
}
