import type { ValidationAcceptor } from 'langium';
import type { Stakeholder } from '../generated/ast.js';
import { IssueCodes } from './issue-codes.js';

/** On the power/interest grid, high power and high interest means "manage closely": say how. */
export function checkKeyStakeholderIsEngaged(stakeholder: Stakeholder, accept: ValidationAcceptor): void {
    if (stakeholder.name && stakeholder.power === 'high' && stakeholder.interest === 'high' && stakeholder.engage === undefined) {
        accept('warning', `Stakeholder '${stakeholder.name}' has high power and high interest, so is one to manage closely: add 'engage "<how>"' to say how they are kept engaged.`, {
            node: stakeholder, property: 'name', code: IssueCodes.UnengagedStakeholder
        });
    }
}
