import type { ValidationAcceptor } from 'langium';
import type { Risk } from '../generated/ast.js';
import { IssueCodes } from './issue-codes.js';

const SCORES = [
    ['likelihood', 'Likelihood'],
    ['impact', 'Impact'],
    ['residualLikelihood', 'Residual likelihood'],
    ['residualImpact', 'Residual impact'],
] as const;

/** Likelihood and impact are scored 1 (lowest) to 5 (highest), as on a 5x5 risk matrix. */
export function checkRiskScores(risk: Risk, accept: ValidationAcceptor): void {
    for (const [property, label] of SCORES) {
        const score = risk[property];
        if (score !== undefined && (!Number.isInteger(score) || score < 1 || score > 5)) {
            accept('error', `${label} is scored as a whole number from 1 to 5, not ${score}.`, {
                node: risk, property, code: IssueCodes.ScoreRange
            });
        }
    }
}

export const THREAT_RESPONSES = ['avoid', 'reduce', 'transfer', 'accept'];
export const OPPORTUNITY_RESPONSES = ['exploit', 'enhance', 'share', 'accept'];

/** Threats and opportunities have their own response strategies; only `accept` is common. */
export function checkResponseFitsRisk(risk: Risk, accept: ValidationAcceptor): void {
    if (risk.response === undefined) {
        return;
    }
    const [fitting, kind, otherKind] = risk.kind === 'opportunity'
        ? [OPPORTUNITY_RESPONSES, 'an opportunity', 'a threat']
        : [THREAT_RESPONSES, 'a threat', 'an opportunity'];
    if (!fitting.includes(risk.response)) {
        accept('error', `'${risk.response}' is a response to ${otherKind}; ${kind} takes ${fitting.slice(0, -1).join(', ')} or ${fitting[fitting.length - 1]}.`, {
            node: risk, property: 'response', code: IssueCodes.ResponseType, data: { expected: fitting }
        });
    }
}

function kindOf(risk: Risk): string {
    return risk.kind === 'opportunity' ? 'Opportunity' : 'Risk';
}

/** A risk needs both scores to be placed on the 5x5 matrix (and in the register's RAG bands). */
export function checkRiskIsScored(risk: Risk, accept: ValidationAcceptor): void {
    if (!risk.name || (risk.likelihood !== undefined && risk.impact !== undefined)) {
        return;
    }
    const [missing, add] = risk.likelihood === undefined && risk.impact === undefined
        ? ['likelihood or impact', "add 'likelihood' and 'impact', each scored from 1 to 5"]
        : risk.likelihood === undefined
            ? ['likelihood', "add 'likelihood' with a score from 1 to 5"]
            : ['impact', "add 'impact' with a score from 1 to 5"];
    accept('warning', `${kindOf(risk)} '${risk.name}' has no ${missing}, so it cannot be placed on the 5×5 risk matrix: ${add}.`, {
        node: risk, property: 'name', code: IssueCodes.UnscoredRisk
    });
}

const isScore = (score: number | undefined): score is number => score !== undefined && Number.isInteger(score) && score >= 1 && score <= 5;

/**
 * A response to a threat should leave it no worse than it was. (An opportunity's response aims to
 * raise its score, so opportunities are not checked.) Scores out of range are reported already.
 */
export function checkResidualNotAboveInherent(risk: Risk, accept: ValidationAcceptor): void {
    const { likelihood, impact, residualLikelihood, residualImpact } = risk;
    if (risk.kind !== 'risk' || !isScore(likelihood) || !isScore(impact) || !isScore(residualLikelihood) || !isScore(residualImpact)) {
        return;
    }
    const inherent = likelihood * impact;
    const residual = residualLikelihood * residualImpact;
    if (residual > inherent) {
        accept('warning', `The residual score ${residualLikelihood}×${residualImpact} = ${residual} is higher than the inherent score ${likelihood}×${impact} = ${inherent}: the response would leave the threat worse than before. Lower the residual likelihood or impact, or rethink the response.`, {
            node: risk, property: 'residualLikelihood', code: IssueCodes.ResidualAboveInherent
        });
    }
}
