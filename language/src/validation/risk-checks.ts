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

const THREAT_RESPONSES = ['avoid', 'reduce', 'transfer', 'accept'];
const OPPORTUNITY_RESPONSES = ['exploit', 'enhance', 'share', 'accept'];

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
