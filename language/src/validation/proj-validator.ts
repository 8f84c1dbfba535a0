import type { ValidationChecks } from 'langium';
import type { ProjAstType } from '../generated/ast.js';
import type { ProjServices } from '../proj-module.js';
import { checkActualDates, checkDatesExist, checkHolidayRange, checkHolidaysFallOnWorkdays, checkProjectDates } from './date-checks.js';
import { checkDependencyCycles } from './dependency-checks.js';
import { checkPropertiesGivenOnce, checkUniqueIdsInProject, checkUniqueTopLevelNames } from './identity-checks.js';
import { checkRateUnit } from './resource-checks.js';
import { checkProjectHasStart, createScheduleCheck } from './schedule-checks.js';
import { checkResponseFitsRisk, checkRiskScores } from './risk-checks.js';
import { checkDurationIsPositive, checkEstimateOrder, checkMilestoneTakesNoTime, checkProgressIsAPercentage, checkTaskHasDuration } from './work-checks.js';

/** Every check Proj runs, by the AST type it inspects. Each reports under a stable code (see issue-codes.ts). */
export function projChecks(services: ProjServices): ValidationChecks<ProjAstType> {
    return {
        AstNode: checkPropertiesGivenOnce,
        Model: [checkUniqueTopLevelNames, checkDatesExist, checkDependencyCycles],
        Project: [checkUniqueIdsInProject, checkProjectDates, checkProjectHasStart, createScheduleCheck(services.planning.ProjectSchedules)],
        Calendar: checkHolidaysFallOnWorkdays,
        Holiday: checkHolidayRange,
        Task: [checkTaskHasDuration, checkDurationIsPositive, checkProgressIsAPercentage, checkActualDates],
        Milestone: [checkMilestoneTakesNoTime, checkProgressIsAPercentage, checkActualDates],
        Estimate: checkEstimateOrder,
        Risk: [checkRiskScores, checkResponseFitsRisk],
        Resource: checkRateUnit,
    };
}

export function registerValidationChecks(services: ProjServices): void {
    services.validation.ValidationRegistry.register(projChecks(services));
}
