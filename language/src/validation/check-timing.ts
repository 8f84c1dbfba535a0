import type { ValidationCategory } from 'langium';

/**
 * When the editor runs a check, as Langium validation categories. On every edit it runs the checks
 * that find errors and the warnings read straight off the plan and its schedule ('fast', Langium's
 * default): the preview waits for these, as it must not draw a plan with errors. The warnings worked
 * out from earned value, resource loads and the business case follow at once, after the preview has
 * its answer ({@link AFTER_ERRORS}); the editor publishes a file's diagnostics once both are done.
 * The schedule risk analysis, a Monte Carlo run, waits for a pause in typing ({@link AFTER_PAUSE}).
 * `proj check` and the tests run every category together.
 */
export const AFTER_ERRORS: ValidationCategory = 'slow';
export const AFTER_PAUSE: ValidationCategory = 'pause';
