// What every output of `proj trend` and the preview's History tab say alike (the table, Markdown,
// HTML and the preview): the title, what the variance is counted from, the columns and their
// figures, as plain text (each output escapes it for its own format).
import { amountText, indexText, signedText } from './figure-text.js';
import { SHORT_COMMIT_LENGTH, type PlanTrend, type TrendRow } from './plan-trend.js';

/** The project a trend follows. */
export interface TrendProject {
    readonly id: string;
    readonly title?: string;
    readonly currency?: string;
}

/** A trend and what it is the trend of. */
export interface TrendDocument {
    readonly project: TrendProject;
    /** The plan file, relative to its repository. */
    readonly path: string;
    /** The revision the trend starts from, as given to `--since`. */
    readonly since?: string;
    /** The repository is a shallow clone, so the history stops early. */
    readonly shallow: boolean;
    readonly trend: PlanTrend;
}

export function shortCommit(commit: string): string {
    return commit.slice(0, SHORT_COMMIT_LENGTH);
}

/** The project's title, or its id. */
export function trendTitle(document: TrendDocument): string {
    return document.project.title ?? document.project.id;
}

/** `6 commits of plans/office.proj since 'v1'`. */
export function commitsText(document: TrendDocument): string {
    const count = document.trend.rows.length;
    return `${count === 1 ? '1 commit' : `${count} commits`} of ${document.path}${document.since === undefined ? '' : ` since '${document.since}'`}`;
}

/** What the finish variance is counted from, and why, in a sentence or two. */
export function referenceText(trend: PlanTrend): string {
    const reference = trend.reference;
    if (!reference) {
        return 'No version could be scheduled, so no finish is compared.';
    }
    const version = `${shortCommit(reference.commit)} of ${reference.date}, finishing ${reference.finish}`;
    if (reference.kind === 'baseline') {
        return `Finish variance in working days against the baseline '${reference.revision}': ${version}.`;
    }
    const unused = reference.unusedBaseline;
    return `Finish variance in working days against the oldest version measured: ${version}.`
        + (unused ? ` The plan's baseline '${unused.revision}' is not used: ${unused.reason}.` : '');
}

/** A note for a shallow clone, whose history stops early; undefined for a whole history. */
export function shallowText(document: TrendDocument): string | undefined {
    const oldest = document.trend.rows[0];
    return document.shallow && oldest
        ? `This is a shallow clone, so the history stops early: ${commitsText(document)} read, the oldest ${shortCommit(oldest.commit)} of ${oldest.date}. `
            + 'Fetch the rest (git fetch --unshallow) for the whole trend.'
        : undefined;
}

/** `+3`, `−2` or `0` working days; `–` when there is no figure. */
export function varianceText(days: number | undefined): string {
    return days === undefined ? '–' : signedText(days);
}

/** The figures of a row, by column: heading, how to read a row, and whether it is a figure (right-aligned). */
export const TREND_COLUMNS: ReadonlyArray<readonly [string, (row: TrendRow) => string, 'left' | 'right']> = [
    ['Date', row => row.date, 'left'],
    ['Commit', row => shortCommit(row.commit), 'left'],
    ['Finish', row => row.finish ?? '–', 'left'],
    ['Variance', row => varianceText(row.finishVariance), 'right'],
    ['SPI', row => indexText(row.spi), 'right'],
    ['CPI', row => indexText(row.cpi), 'right'],
    ['EAC', row => amountText(row.eac), 'right'],
    ['Exposure', row => row.riskExposure === undefined ? '–' : String(row.riskExposure), 'right'],
];

/** What the figures are. */
export function trendLegend(document: TrendDocument): string {
    const money = document.project.currency ? `, EAC in ${document.project.currency}` : '';
    return `variance in working days (+ later) · SPI, CPI and EAC at each version's status date${money} · exposure: the open risks' scores (likelihood × impact) added up`;
}
