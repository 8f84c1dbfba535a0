import type { ValidationChecks } from 'langium';
import type { ProjAstType } from '../generated/ast.js';
import type { ProjServices } from '../proj-module.js';
import { checkActualDates, checkDatesExist, checkHolidayRange, checkHolidaysFallOnWorkdays, checkLeaveRange, checkProjectDates, checkWorkedDayRange } from './date-checks.js';
import { AFTER_ERRORS, AFTER_PAUSE } from './check-timing.js';
import { createBaselineCheck } from './baseline-checks.js';
import { checkHolidayCode, checkOneDefaultCalendar, checkPublicHolidaysOnce, checkWorkedDaysAreOff, createUnusedCalendarCheck } from './calendar-checks.js';
import { checkDependencyCycles } from './dependency-checks.js';
import { createLinkBetweenProjectsCheck } from './programme-checks.js';
import { checkPhaseLogic } from './phase-checks.js';
import { checkPropertiesGivenOnce, checkUniqueIdsInProject, checkUniqueTopLevelNames } from './identity-checks.js';
import { checkAssignmentUnits, checkPriorityRange, checkRateUnit, checkResourceAssignedOnce, checkResourceUnits } from './resource-checks.js';
import { createEarnedValueCheck } from './earned-value-checks.js';
import { createOverAllocationCheck, createSharedOverAllocationCheck } from './resource-load-checks.js';
import { checkProjectHasStart, createScheduleCheck } from './schedule-checks.js';
import { checkResidualNotAboveInherent, checkResponseFitsRisk, checkRiskIsScored, checkRiskScores } from './risk-checks.js';
import { checkHasOwner, checkRaisedByStatusDate } from './governance-checks.js';
import { checkKeyStakeholderIsEngaged } from './stakeholder-checks.js';
import { checkApprovedChangeHasImpact } from './change-checks.js';
import { checkQualityHasCriterion, checkQualityPassedOnFinishedWork } from './quality-checks.js';
import { checkKpiMeetsTarget, checkKpiPercentages } from './kpi-checks.js';
import { checkToleranceRanges } from './tolerance-checks.js';
import { checkRiskCostOrder, checkRiskDelay, checkUncertaintyIsUsed, checkUncertaintyRange, createScheduleConfidenceCheck } from './schedule-risk-checks.js';
import { checkBenefitIsOwnedAndMeasured, checkOneOptionChosen, createBusinessCaseCheck } from './business-case-checks.js';
import { checkWorkBreakdown } from './scope-checks.js';
import { readsOtherPlans } from './reads-other-plans.js';
import { checkIssueClosedAfterRaised, checkProbabilityRange, checkNextEngagement } from './register-checks.js';
import { checkDurationIsPositive, checkEstimateOrder, checkMilestoneTakesNoTime, checkProgressIsAPercentage, checkTaskHasDuration } from './work-checks.js';
import { checkDurationInWholeMinutes, checkEstimateUnits, checkLagInWholeMinutes, checkWorkingHours } from './unit-checks.js';

/**
 * Every check Proj runs, by the AST type it inspects. Each reports under a stable code (see issue-codes.ts).
 * Those marked {@link readsOtherPlans} run again when another plan changes; the others only when their file does.
 */
export function projChecks(services: ProjServices): ValidationChecks<ProjAstType> {
    return {
        Model: [checkUniqueTopLevelNames, checkDatesExist, checkDependencyCycles],
        // The baselines first: the earned value check measures against the first of them.
        Project: [readsOtherPlans(createBaselineCheck(services.planning.Baselines, services.planning.Programmes)), checkPropertiesGivenOnce, checkUniqueIdsInProject, checkProjectDates, checkOneDefaultCalendar, checkProjectHasStart,
            readsOtherPlans(createScheduleCheck(services.planning.ProjectSchedules)), readsOtherPlans(createLinkBetweenProjectsCheck(services.planning.ProjectSchedules, services.planning.Programmes))],
        Calendar: [checkPropertiesGivenOnce, checkHolidaysFallOnWorkdays, checkPublicHolidaysOnce, checkWorkedDaysAreOff, readsOtherPlans(createUnusedCalendarCheck(services)), checkWorkingHours],
        Holiday: checkHolidayRange,
        PublicHolidays: checkHolidayCode,
        WorkedDay: checkWorkedDayRange,
        Leave: checkLeaveRange,
        Phase: [checkPropertiesGivenOnce, checkPhaseLogic],
        Task: [checkPropertiesGivenOnce, checkTaskHasDuration, checkDurationIsPositive, checkDurationInWholeMinutes, checkProgressIsAPercentage, checkActualDates, checkResourceAssignedOnce, checkPriorityRange],
        Milestone: [checkPropertiesGivenOnce, checkMilestoneTakesNoTime, checkProgressIsAPercentage, checkActualDates, checkResourceAssignedOnce, checkPriorityRange],
        // The resource assigned may be declared in another file, with units of its own.
        Assignment: readsOtherPlans(checkAssignmentUnits),
        Estimate: [checkEstimateOrder, checkEstimateUnits],
        Dependency: checkLagInWholeMinutes,
        Risk: [checkPropertiesGivenOnce, checkRiskScores, checkResponseFitsRisk, checkHasOwner, checkRiskIsScored, checkResidualNotAboveInherent],
        Resource: [checkPropertiesGivenOnce, checkRateUnit, checkResourceUnits],
        Tolerance: [checkPropertiesGivenOnce, checkToleranceRanges],
        Kpi: [checkPropertiesGivenOnce, checkKpiPercentages, checkKpiMeetsTarget],
        Stakeholder: [checkPropertiesGivenOnce, checkKeyStakeholderIsEngaged],
        Change: [checkPropertiesGivenOnce, checkHasOwner, checkRaisedByStatusDate, checkApprovedChangeHasImpact],
        Issue: [checkPropertiesGivenOnce, checkHasOwner, checkRaisedByStatusDate],
        Quality: [checkPropertiesGivenOnce, checkQualityHasCriterion, checkQualityPassedOnFinishedWork],
        // A lesson has nothing else to check: only a property written twice.
        Lesson: checkPropertiesGivenOnce,
    };
}

/** The business case, the scope and the fuller registers: kept apart so that the table above reads as it did. */
export function registerAndScopeChecks(): ValidationChecks<ProjAstType> {
    return {
        Project: [checkOneOptionChosen, checkWorkBreakdown],
        Benefit: [checkPropertiesGivenOnce, checkBenefitIsOwnedAndMeasured],
        Option: checkPropertiesGivenOnce,
        Deliverable: checkPropertiesGivenOnce,
        Issue: checkIssueClosedAfterRaised,
        Risk: checkProbabilityRange,
        Stakeholder: checkNextEngagement,
    };
}

/** Warnings worked out from earned value, resource loads and the business case: see check-timing.ts. */
export function afterErrorsChecks(services: ProjServices): ValidationChecks<ProjAstType> {
    const schedules = services.planning.ProjectSchedules;
    return {
        // After the baseline check above: earned value measures against the first baseline.
        Project: [createEarnedValueCheck(schedules), createOverAllocationCheck(schedules), createSharedOverAllocationCheck(schedules, services.planning.Programmes), createBusinessCaseCheck(schedules)]
            .map(readsOtherPlans),
    };
}

/** Schedule risk analysis: the ranges, delays and costs it draws from. */
export function scheduleRiskChecks(): ValidationChecks<ProjAstType> {
    return {
        Uncertainty: checkUncertaintyRange,
        Task: checkUncertaintyIsUsed,
        Milestone: checkUncertaintyIsUsed,
        RiskDelay: checkRiskDelay,
        Risk: checkRiskCostOrder,
    };
}

/** The chance of meeting the dates, from the Monte Carlo run: see check-timing.ts. */
export function afterPauseChecks(services: ProjServices): ValidationChecks<ProjAstType> {
    return { Project: readsOtherPlans(createScheduleConfidenceCheck(services.planning.ScheduleRisks)) };
}

export function registerValidationChecks(services: ProjServices): void {
    const registry = services.validation.ValidationRegistry;
    registry.register(projChecks(services));
    registry.register(registerAndScopeChecks());
    registry.register(scheduleRiskChecks());
    registry.register(afterErrorsChecks(services), undefined, AFTER_ERRORS);
    registry.register(afterPauseChecks(services), undefined, AFTER_PAUSE);
}
