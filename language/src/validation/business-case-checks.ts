import type { ValidationAcceptor, ValidationCheck } from 'langium';
import type { Benefit, Project } from '../generated/ast.js';
import { businessCaseFiguresOf } from '../engine/register-tables.js';
import { moneyText } from '../engine/figure-text.js';
import type { ProjectSchedules } from '../planning/project-schedules.js';
import { registersInputOf } from '../planning/registers-from-ast.js';
import { IssueCodes } from './issue-codes.js';

/** A benefit is realised by someone, and shown by something that can be measured. */
export function checkBenefitIsOwnedAndMeasured(benefit: Benefit, accept: ValidationAcceptor): void {
    if (!benefit.name) {
        return;
    }
    if (benefit.owner === undefined) {
        accept('warning', `Benefit '${benefit.name}' has no owner: add 'owner <resource or stakeholder>' for who answers for realising it.`, {
            node: benefit, property: 'name', code: IssueCodes.BenefitWithoutOwner
        });
    }
    if (benefit.measure === undefined) {
        accept('warning', `Benefit '${benefit.name}' has no measure: add 'measure "<what shows it is realised>"' so that it can be tracked.`, {
            node: benefit, property: 'name', code: IssueCodes.BenefitWithoutMeasure
        });
    }
}

/** One option is the one the business case recommends. */
export function checkOneOptionChosen(project: Project, accept: ValidationAcceptor): void {
    const options = project.options.filter(option => option.name);
    const chosen = options.filter(option => option.chosen);
    if (options.length > 0 && chosen.length === 0) {
        accept('warning', 'No option is chosen: mark the one the business case recommends with \'chosen\'.', {
            node: options[0], code: IssueCodes.OptionChoice
        });
    }
    if (chosen.length > 1) {
        const names = chosen.map(option => `'${option.name}'`);
        for (const option of chosen) {
            accept('error', `Only one option can be chosen: ${names.slice(0, -1).join(', ')} and ${names[names.length - 1]} ${chosen.length === 2 ? 'both' : 'all'} are.`, {
                node: option, property: 'chosen', code: IssueCodes.OptionChoice
            });
        }
    }
}

/**
 * Duty 2 watches whether the project is still worth doing: its cost (the forecast at completion
 * where earned value gives one, else the budget) against the benefits over the appraisal.
 */
export function createBusinessCaseCheck(schedules: ProjectSchedules): ValidationCheck<Project> {
    return (project, accept) => {
        if (project.benefits.length === 0) {
            return;
        }
        const plan = schedules.planOf(project);
        if (!plan) {
            return;
        }
        const registers = registersInputOf(project);
        const figures = businessCaseFiguresOf({ currency: project.currency, plan, registers, earnedValue: schedules.earnedValueOf(project)?.lines.at(-1) });
        if (!figures || figures.valid) {
            return;
        }
        const money = (amount: number) => moneyText(amount, project.currency);
        const source = figures.costSource === 'EAC' ? 'the forecast at completion' : figures.costSource === 'budget' ? 'the budget' : 'the budget at completion';
        const years = registers.appraisal?.years ?? 0;
        accept('warning', `The business case no longer holds: the cost, ${money(figures.totalCost)} (${source}), exceeds the benefits over ${years === 1 ? '1 year' : `${years} years`}, ${money(figures.totalBenefit)}. `
            + 'Review it with the sponsor: the project may no longer be worth doing.', {
            node: project, property: 'name', code: IssueCodes.BusinessCaseInvalid
        });
    };
}
