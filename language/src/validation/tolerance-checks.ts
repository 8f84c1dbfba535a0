import type { ValidationAcceptor } from 'langium';
import type { Tolerance } from '../generated/ast.js';
import { IssueCodes } from './issue-codes.js';

/** Index tolerances: above 0 (0 would never warn) and at most 2 (beyond that it would warn on work going twice as well as planned). */
export function isIndexTolerance(value: number): boolean {
    return value > 0 && value <= 2;
}

/** Risk thresholds are scores on the 5x5 matrix: likelihood x impact, 1 to 25. */
const isRiskScore = (value: number) => Number.isInteger(value) && value >= 1 && value <= 25;

const INDICES = [
    ['cpi', 'CPI', 'work that earns twice what it costs'],
    ['spi', 'SPI', 'work done twice as fast as planned'],
] as const;

/** The board's limits make sense: indices it can fall below, and risk bands that fit the matrix in order. */
export function checkToleranceRanges(tolerance: Tolerance, accept: ValidationAcceptor): void {
    for (const [property, label, twiceAsGood] of INDICES) {
        const value = tolerance[property];
        if (value === undefined || isIndexTolerance(value)) {
            continue;
        }
        const why = value <= 0
            ? `a tolerance of ${value} would never warn`
            : `a tolerance above 2 would warn even on ${twiceAsGood}`;
        accept('error', `The ${label} tolerance is an index above 0 and at most 2, such as 0.9, not ${value}: ${why}.`, {
            node: tolerance, property, code: IssueCodes.ToleranceRange
        });
    }
    const { confidence } = tolerance;
    if (confidence !== undefined && !(confidence > 0 && confidence < 100)) {
        accept('error', `The confidence is the chance of meeting the dates the board asks for, a percentage above 0 and below 100, such as 80%, not ${confidence}%.`, {
            node: tolerance, property: 'confidence', code: IssueCodes.ToleranceRange
        });
    }
    let inRange = true;
    for (const [property, label] of [['riskAmber', 'amber'], ['riskRed', 'red']] as const) {
        const value = tolerance[property];
        if (value !== undefined && !isRiskScore(value)) {
            inRange = false;
            accept('error', `The ${label} risk threshold is a risk score (likelihood × impact), a whole number from 1 to 25, not ${value}.`, {
                node: tolerance, property, code: IssueCodes.ToleranceRange
            });
        }
    }
    const { riskAmber, riskRed } = tolerance;
    if (inRange && riskAmber !== undefined && riskRed !== undefined && riskAmber >= riskRed) {
        accept('error', `The red risk threshold (${riskRed}) must be above the amber one (${riskAmber}): a risk turns amber before it turns red.`, {
            node: tolerance, property: 'riskRed', code: IssueCodes.ToleranceRange
        });
    }
}
