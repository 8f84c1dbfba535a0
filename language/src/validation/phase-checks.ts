import type { ValidationAcceptor } from 'langium';
import type { Phase } from '../generated/ast.js';
import { isPhaseConstraintKind, isPhaseLinkType } from '../engine/phase-logic.js';
import { constraintKindOf } from '../planning/plan-from-ast.js';
import { IssueCodes } from './issue-codes.js';

/**
 * A phase's links and constraints hold each piece of work in it (engine/phase-logic.ts), so it
 * takes only those that mean the same for every piece as for the phase, as MS Project allows on a
 * summary task: FS and SS links, `start no earlier than` and `finish no later than`.
 */
export function checkPhaseLogic(phase: Phase, accept: ValidationAcceptor): void {
    // As MS Project's summary tasks, a phase spans its work: only the work can be as late as possible.
    if (phase.schedule === 'alap') {
        accept('error', "A phase cannot be scheduled as late as possible: its dates are its work's. Write 'schedule alap' on the tasks and milestones in it.", {
            node: phase, property: 'schedule', code: IssueCodes.PhaseSchedule
        });
    }
    for (const dependency of phase.dependencies) {
        const type = dependency.type ?? 'FS';
        if (!isPhaseLinkType(type)) {
            accept('error', `A phase takes FS and SS links only, which hold each piece of work in it: an ${type} link to a phase would make every piece finish late. Link its last task instead.`, {
                node: dependency, property: 'type', code: IssueCodes.PhaseLinkType
            });
        }
    }
    for (const constraint of phase.constraints) {
        const kind = constraintKindOf(constraint);
        if (!isPhaseConstraintKind(kind)) {
            const which = constraint.edge === 'start' ? 'first' : 'last';
            accept('error', `A phase takes \`start no earlier than\` and \`finish no later than\` only, which hold each piece of work in it: put \`${kind.replace(/-/g, ' ')}\` on its ${which} task.`, {
                node: constraint, code: IssueCodes.PhaseConstraintKind
            });
        }
    }
}
