// Plans through MS Project XML and back, for the interchange tests: a .proj text is scheduled as
// the editor schedules it, exported, imported, written as .proj again and scheduled again.
import { isProject, type Project } from '../../../language/src/generated/ast.js';
import type { PlanInput, Schedule } from '../../../language/src/engine/plan-model.js';
import { readMspdi } from '../../../language/src/interchange/mspdi-reader.js';
import { mspdiOf } from '../../../language/src/interchange/mspdi-writer.js';
import { projTextOf } from '../../../language/src/interchange/proj-writer.js';
import { interchangePlanOf } from '../../../language/src/planning/interchange-from-ast.js';
import { createTestServices, validatePlan } from '../../support/proj-test-services.js';
import type { Diagnostic } from 'vscode-languageserver-types';

export type Services = Awaited<ReturnType<typeof createTestServices>>;

export interface ScheduledText {
    readonly project: Project;
    readonly plan: PlanInput;
    readonly schedule: Schedule;
    /** Its errors (severity 1), as `line: message`. */
    readonly errors: string[];
    readonly diagnostics: Diagnostic[];
}

/** Parses, validates and schedules the only project of `text`. */
export async function scheduledText(services: Services, text: string): Promise<ScheduledText> {
    const { document, diagnostics } = await validatePlan(services, text);
    const project = document.parseResult.value.elements.find(isProject);
    const errors = [...document.parseResult.lexerErrors.map(error => error.message), ...document.parseResult.parserErrors.map(error => error.message),
        ...diagnostics.filter(diagnostic => diagnostic.severity === 1).map(diagnostic => `${diagnostic.range.start.line + 1}: ${diagnostic.message}`)];
    if (!project) {
        throw new Error(`no project in:\n${text}\n${errors.join('\n')}`);
    }
    const schedules = services.Proj.planning.ProjectSchedules;
    const plan = schedules.planOf(project);
    const schedule = schedules.scheduleOf(project);
    if (!plan || !schedule) {
        throw new Error(`cannot schedule:\n${text}\n${errors.join('\n')}`);
    }
    return { project, plan, schedule, errors, diagnostics };
}

export interface RoundTrip {
    readonly original: ScheduledText;
    readonly xml: string;
    readonly exportNotes: readonly string[];
    readonly importNotes: readonly string[];
    readonly text: string;
    readonly imported: ScheduledText;
}

/** `text` exported to MS Project XML, imported, and scheduled again. */
export async function roundTrip(services: Services, text: string): Promise<RoundTrip> {
    const original = await scheduledText(services, text);
    const { xml, notes: exportNotes } = mspdiOf(interchangePlanOf(original.project, original.plan), original.schedule);
    const { interchange, notes: importNotes } = readMspdi(xml);
    const written = projTextOf(interchange);
    return { original, xml, exportNotes, importNotes, text: written, imported: await scheduledText(services, written) };
}

/** What a schedule says of each item, for comparing two: dates, times, durations, floats, criticality. */
export function itemByItem(schedule: Schedule) {
    return {
        start: schedule.start,
        finish: schedule.finish,
        items: schedule.items.map(item => ({
            id: item.id, kind: item.kind, phase: item.phase, start: item.start, finish: item.finish, startTime: item.startTime, finishTime: item.finishTime,
            lateStart: item.lateStart, lateFinish: item.lateFinish, durationDays: item.durationDays, totalFloat: item.totalFloat, freeFloat: item.freeFloat,
            critical: item.critical, progress: item.progress,
        })),
        missedDates: schedule.missedDates.map(missed => ({ item: missed.item, kind: missed.kind, date: missed.date, workingDays: missed.workingDays })),
    };
}
