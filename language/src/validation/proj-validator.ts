import type { ValidationChecks } from 'langium';
import type { ProjAstType } from '../generated/ast.js';
import type { ProjServices } from '../proj-module.js';
import { checkActualDates, checkDatesExist, checkHolidayRange, checkHolidaysFallOnWorkdays, checkProjectDates } from './date-checks.js';
import { checkDependencyCycles } from './dependency-checks.js';
import { checkPropertiesGivenOnce, checkUniqueIdsInProject, checkUniqueTopLevelNames } from './identity-checks.js';
import { checkRateUnit } from './resource-checks.js';
import { createEarnedValueCheck } from './earned-value-checks.js';
import { checkProjectHasStart, createScheduleCheck } from './schedule-checks.js';
import { checkResponseFitsRisk, checkRiskScores } from './risk-checks.js';
import { checkDurationIsPositive, checkEstimateOrder, checkMilestoneTakesNoTime, checkProgressIsAPercentage, checkTaskHasDuration } from './work-checks.js';

/** Every check Proj runs, by the AST type it inspects. Each reports under a stable code (see issue-codes.ts). */
export function projChecks(services: ProjServices): ValidationChecks<ProjAstType> {
    return {
        Model: [checkUniqueTopLevelNames, checkDatesExist, checkDependencyCycles],
        Project: [checkPropertiesGivenOnce, checkUniqueIdsInProject, checkProjectDates, checkProjectHasStart, createScheduleCheck(services.planning.ProjectSchedules), createEarnedValueCheck(services.planning.ProjectSchedules)],
        Calendar: checkHolidaysFallOnWorkdays,
        Holiday: checkHolidayRange,
        Phase: checkPropertiesGivenOnce,
        Task: [checkPropertiesGivenOnce, checkTaskHasDuration, checkDurationIsPositive, checkProgressIsAPercentage, checkActualDates],
        Milestone: [checkPropertiesGivenOnce, checkMilestoneTakesNoTime, checkProgressIsAPercentage, checkActualDates],
        Estimate: checkEstimateOrder,
        Risk: [checkPropertiesGivenOnce, checkRiskScores, checkResponseFitsRisk],
        Resource: [checkPropertiesGivenOnce, checkRateUnit],
        // Where a property can be written twice: the blocks whose properties come in any order.
        Kpi: checkPropertiesGivenOnce,
        Stakeholder: checkPropertiesGivenOnce,
        Change: checkPropertiesGivenOnce,
        Issue: checkPropertiesGivenOnce,
        Lesson: checkPropertiesGivenOnce,
        Quality: checkPropertiesGivenOnce,
    };
}

export function registerValidationChecks(services: ProjServices): void {
    services.validation.ValidationRegistry.register(projChecks(services));
}
