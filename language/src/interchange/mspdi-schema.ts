// MS Project's XML (MSPDI) as far as Proj reads and writes it: the order of each element's
// children, as the schema's sequences give them (Microsoft Office Project 2007 XML Data
// Interchange Schema, mspdi_pj12.xsd), and the codes its fields use. MS Project silently drops an
// element out of its sequence's order, so the writer puts children in these orders, and a test
// holds every element it writes to them.
import type { ConstraintKind, DependencyType } from '../engine/plan-model.js';
import type { SpanUnit } from '../engine/durations.js';

export const MSPDI_NAMESPACE = 'http://schemas.microsoft.com/project';

/** Children in schema order, by the element (or the path of a nested one) that holds them; only those Proj writes or reads. */
export const MSPDI_SEQUENCES = {
    Project: [
        'SaveVersion', 'UID', 'Name', 'Title', 'Subject', 'Category', 'Company', 'Manager', 'Author', 'CreationDate', 'Revision',
        'LastSaved', 'ScheduleFromStart', 'StartDate', 'FinishDate', 'FYStartDate', 'CriticalSlackLimit', 'CurrencyDigits',
        'CurrencySymbol', 'CurrencyCode', 'CurrencySymbolPosition', 'CalendarUID', 'DefaultStartTime', 'DefaultFinishTime',
        'MinutesPerDay', 'MinutesPerWeek', 'DaysPerMonth', 'DefaultTaskType', 'DefaultFixedCostAccrual', 'DefaultStandardRate',
        'DefaultOvertimeRate', 'DurationFormat', 'WorkFormat', 'EditableActualCosts', 'HonorConstraints', 'EarnedValueMethod',
        'InsertedProjectsLikeSummary', 'MultipleCriticalPaths', 'NewTasksEffortDriven', 'NewTasksEstimated', 'SplitsInProgressTasks',
        'SpreadActualCost', 'SpreadPercentComplete', 'TaskUpdatesResource', 'FiscalYearStart', 'WeekStartDay', 'MoveCompletedEndsBack',
        'MoveRemainingStartsBack', 'MoveRemainingStartsForward', 'MoveCompletedEndsForward', 'BaselineForEarnedValue',
        'AutoAddNewResourcesAndTasks', 'StatusDate', 'CurrentDate', 'MicrosoftProjectServerURL', 'Autolink', 'NewTaskStartDate',
        'DefaultTaskEVMethod', 'ProjectExternallyEdited', 'ExtendedCreationDate', 'ActualsInSync', 'RemoveFileProperties', 'AdminProject',
        'OutlineCodes', 'WBSMasks', 'ExtendedAttributes', 'Calendars', 'Tasks', 'Resources', 'Assignments',
    ],
    ExtendedAttributeDefinition: [
        'FieldID', 'FieldName', 'CFType', 'Guid', 'ElemType', 'MaxMultiValues', 'UserDef', 'Alias', 'SecondaryPID', 'AutoRollDown',
        'DefaultGuid', 'Ltuid', 'PhoneticAlias', 'RollupType', 'CalculationType', 'Formula', 'RestrictValues', 'ValuelistSortOrder',
        'AppendNewValues', 'Default', 'ValueList',
    ],
    Calendar: ['UID', 'Name', 'IsBaseCalendar', 'IsBaselineCalendar', 'BaseCalendarUID', 'WeekDays', 'Exceptions', 'WorkWeeks'],
    WeekDay: ['DayType', 'DayWorking', 'TimePeriod', 'WorkingTimes'],
    TimePeriod: ['FromDate', 'ToDate'],
    WorkingTime: ['FromTime', 'ToTime'],
    Exception: [
        'EnteredByOccurrences', 'TimePeriod', 'Occurrences', 'Name', 'Type', 'Period', 'DaysOfWeek', 'MonthItem', 'MonthPosition',
        'Month', 'MonthDay', 'DayWorking', 'WorkingTimes',
    ],
    Task: [
        'UID', 'ID', 'Name', 'Type', 'IsNull', 'CreateDate', 'Contact', 'WBS', 'WBSLevel', 'OutlineNumber', 'OutlineLevel', 'Priority',
        'Start', 'Finish', 'Duration', 'DurationFormat', 'Work', 'Stop', 'Resume', 'ResumeValid', 'EffortDriven', 'Recurring',
        'OverAllocated', 'Estimated', 'Milestone', 'Summary', 'Critical', 'IsSubproject', 'IsSubprojectReadOnly', 'SubprojectName',
        'ExternalTask', 'ExternalTaskProject', 'EarlyStart', 'EarlyFinish', 'LateStart', 'LateFinish', 'StartVariance',
        'FinishVariance', 'WorkVariance', 'FreeSlack', 'TotalSlack', 'FixedCost', 'FixedCostAccrual', 'PercentComplete',
        'PercentWorkComplete', 'Cost', 'OvertimeCost', 'OvertimeWork', 'ActualStart', 'ActualFinish', 'ActualDuration', 'ActualCost',
        'ActualOvertimeCost', 'ActualWork', 'ActualOvertimeWork', 'RegularWork', 'RemainingDuration', 'RemainingCost', 'RemainingWork',
        'RemainingOvertimeCost', 'RemainingOvertimeWork', 'ACWP', 'CV', 'ConstraintType', 'CalendarUID', 'ConstraintDate', 'Deadline',
        'LevelAssignments', 'LevelingCanSplit', 'LevelingDelay', 'LevelingDelayFormat', 'PreLeveledStart', 'PreLeveledFinish',
        'Hyperlink', 'HyperlinkAddress', 'HyperlinkSubAddress', 'IgnoreResourceCalendar', 'Notes', 'HideBar', 'Rollup', 'BCWS', 'BCWP',
        'PhysicalPercentComplete', 'EarnedValueMethod', 'PredecessorLink', 'ActualWorkProtected', 'ActualOvertimeWorkProtected',
        'ExtendedAttribute', 'Baseline', 'OutlineCode', 'IsPublished', 'StatusManager', 'CommitmentStart', 'CommitmentFinish',
        'CommitmentType', 'TimephasedData',
    ],
    PredecessorLink: ['PredecessorUID', 'Type', 'CrossProject', 'CrossProjectName', 'LinkLag', 'LagFormat'],
    ExtendedAttribute: ['FieldID', 'Value', 'ValueGUID', 'DurationFormat'],
    TaskBaseline: [
        'TimephasedData', 'Number', 'Interim', 'Start', 'Finish', 'Duration', 'DurationFormat', 'EstimatedDuration', 'Work', 'Cost',
        'BCWS', 'BCWP', 'FixedCost',
    ],
    Resource: [
        'UID', 'ID', 'Name', 'Type', 'IsNull', 'Initials', 'Phonetics', 'NTAccount', 'MaterialLabel', 'Code', 'Group', 'WorkGroup',
        'EmailAddress', 'Hyperlink', 'HyperlinkAddress', 'HyperlinkSubAddress', 'MaxUnits', 'PeakUnits', 'OverAllocated',
        'AvailableFrom', 'AvailableTo', 'Start', 'Finish', 'CanLevel', 'AccrueAt', 'Work', 'RegularWork', 'OvertimeWork', 'ActualWork',
        'RemainingWork', 'ActualOvertimeWork', 'RemainingOvertimeWork', 'PercentWorkComplete', 'StandardRate', 'StandardRateFormat',
        'Cost', 'OvertimeRate', 'OvertimeRateFormat', 'OvertimeCost', 'CostPerUse', 'ActualCost', 'ActualOvertimeCost',
        'RemainingCost', 'RemainingOvertimeCost', 'WorkVariance', 'CostVariance', 'SV', 'CV', 'ACWP', 'CalendarUID', 'Notes', 'BCWS',
        'BCWP', 'IsGeneric', 'IsInactive', 'IsEnterprise', 'BookingType', 'ActualWorkProtected', 'ActualOvertimeWorkProtected',
        'ActiveDirectoryGUID', 'CreationDate', 'ExtendedAttribute', 'Baseline', 'OutlineCode', 'IsCostResource', 'AssnOwner',
        'AssnOwnerGuid', 'IsBudget', 'AvailabilityPeriods', 'Rates', 'TimephasedData',
    ],
    Assignment: [
        'UID', 'TaskUID', 'ResourceUID', 'PercentWorkComplete', 'ActualCost', 'ActualFinish', 'ActualOvertimeCost', 'ActualOvertimeWork',
        'ActualStart', 'ActualWork', 'ACWP', 'Confirmed', 'Cost', 'CostRateTable', 'CostVariance', 'CV', 'Delay', 'Finish',
        'FinishVariance', 'Hyperlink', 'HyperlinkAddress', 'HyperlinkSubAddress', 'WorkVariance', 'HasFixedRateUnits', 'FixedMaterial',
        'LevelingDelay', 'LevelingDelayFormat', 'LinkedFields', 'Milestone', 'Notes', 'Overallocated', 'OvertimeCost', 'OvertimeWork',
        'PeakUnits', 'RegularWork', 'RemainingCost', 'RemainingOvertimeCost', 'RemainingOvertimeWork', 'RemainingWork',
        'ResponsePending', 'Start', 'Stop', 'Resume', 'StartVariance', 'Summary', 'SV', 'Units', 'UpdateNeeded', 'VAC', 'Work',
        'WorkContour', 'BCWS', 'BCWP', 'BookingType', 'ActualWorkProtected', 'ActualOvertimeWorkProtected', 'CreationDate', 'AssnOwner',
        'AssnOwnerGuid', 'BudgetCost', 'BudgetWork', 'ExtendedAttribute', 'Baseline', 'TimephasedData',
    ],
} as const;

export type MspdiSequence = keyof typeof MSPDI_SEQUENCES;

/** PredecessorLink's Type: 0=FF 1=FS 2=SF 3=SS. */
export const LINK_TYPE_CODES: Readonly<Record<DependencyType, number>> = { FF: 0, FS: 1, SF: 2, SS: 3 };

/** ConstraintType: 0 as soon as possible, 1 as late as possible, then the six dated constraints. */
export const AS_SOON_AS_POSSIBLE = 0;
export const AS_LATE_AS_POSSIBLE = 1;
export const CONSTRAINT_TYPE_CODES: Readonly<Record<ConstraintKind, number>> = {
    'start-on': 2,
    'finish-on': 3,
    'start-no-earlier-than': 4,
    'start-no-later-than': 5,
    'finish-no-earlier-than': 6,
    'finish-no-later-than': 7,
};

/** DurationFormat and LagFormat: 3=m 4=em 5=h 6=eh 7=d 8=ed 9=w 10=ew 11=mo 12=emo 19=% 20=e% 21=null; 32 more where estimated (`5d?`). */
export const DURATION_FORMAT_CODES: Readonly<Record<SpanUnit, number>> = { h: 5, eh: 6, d: 7, ed: 8, w: 9, ew: 10 };
export const DURATION_FORMAT_NAMES: Readonly<Record<number, string>> = {
    3: 'm', 4: 'em', 5: 'h', 6: 'eh', 7: 'd', 8: 'ed', 9: 'w', 10: 'ew', 11: 'mo', 12: 'emo', 19: '%', 20: 'e%', 21: 'null',
};
/** Estimated formats (`5d?`) are the plain ones plus this. */
export const ESTIMATED_FORMAT_OFFSET = 32;

/** WeekDay's DayType: 0 an exception (MS Project 2003's form), 1 Sunday to 7 Saturday. */
export const WEEKDAY_CODES = { sun: 1, mon: 2, tue: 3, wed: 4, thu: 5, fri: 6, sat: 7 } as const;

/** Exception's Type: 1 daily (every day of its period: a holiday or a run of them); the others recur. */
export const DAILY_EXCEPTION = 1;

/** StandardRateFormat: the unit a rate is shown per; the rate itself is stored per hour. */
export const RATE_FORMAT_CODES = { m: 1, h: 2, d: 3, w: 4, mo: 5, y: 7 } as const;

/** Resource Type: 0 material, 1 work, 2 cost. */
export const WORK_RESOURCE = 1;

/** The custom text field (Text1) that carries Proj's ids, and the name MS Project shows for it. */
export const TASK_TEXT1_FIELD = '188743731';
export const RESOURCE_TEXT1_FIELD = '205520904';
export const PROJ_ID_ALIAS = 'Proj id';

/** A ResourceUID meaning no resource: MS Project's assignments of work nobody is assigned to. */
export const UNASSIGNED_RESOURCE_UID = '-65535';

/** `PT8H0M0S`: working (or elapsed) minutes as an XML Schema duration, as MS Project writes them. */
export function durationText(minutes: number): string {
    const sign = minutes < 0 ? '-' : '';
    const whole = Math.abs(Math.round(minutes));
    return `${sign}PT${Math.floor(whole / 60)}H${whole % 60}M0S`;
}

/** The minutes of an XML Schema duration (`PT8H0M0S`, `PT7H30M0S`, `P1DT2H`, `-PT4H`); undefined if it is not one. */
export function durationMinutes(text: string | undefined): number | undefined {
    const match = text === undefined ? null : /^(-)?P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(text.trim());
    if (!match) {
        return undefined;
    }
    const [, negative, days, hours, minutes, seconds] = match;
    const total = Number(days ?? 0) * 1440 + Number(hours ?? 0) * 60 + Number(minutes ?? 0) + Number(seconds ?? 0) / 60;
    return negative ? -total : total;
}
