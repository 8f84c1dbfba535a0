/**
 * The preview's History tab asks the real, bundled language server for a plan's history
 * (`proj/history`): a real git repository in a temporary folder with four commits of the office
 * move, whose figures are worked by hand in test/support/trend-plans.ts (and test/cli/trend.test.ts).
 * The answer is the trend `proj trend` reads, as plain data; it is kept until HEAD moves. `npm
 * test` builds out/ first; on its own run `node esbuild.mjs` before this file.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { HISTORY_REQUEST, PREVIEW_REQUEST, type HistoryAnswer, type HistoryView, type PreviewAnswer } from '../../language/src/preview/preview-protocol.js';
import { HOSTILE_SUBJECT, officeMoveHistory, officeMovePlan, type OfficeMoveHistory } from '../support/trend-plans.js';
import { useLanguageServer } from './support/use-language-server.js';

const server = useLanguageServer();
let history: OfficeMoveHistory;
let outside: string;

const uriOf = (file: string) => pathToFileURL(file).href;

/** Opens `file` (its text on disk unless given) as an editor would, once its diagnostics are out. */
async function open(file: string, text = readFileSync(file, 'utf8')): Promise<string> {
    const uri = uriOf(file);
    const seen = server().publishes.length;
    await server().open(uri, text);
    await server().publishFor(uri, seen);
    return uri;
}

const ask = (uri: string) => server().connection.sendRequest<HistoryAnswer>(HISTORY_REQUEST, { uri });

/** The figures of each row: subject, finish, variance, SPI, CPI, EAC (to four places, and pence), exposure. */
const figures = (view: HistoryView) => view.trend.rows.map(row => [row.subject, row.finish, row.finishVariance,
    row.spi === undefined ? undefined : Number(row.spi.toFixed(4)), row.cpi === undefined ? undefined : Number(row.cpi.toFixed(4)),
    row.eac === undefined ? undefined : Math.round(row.eac * 100) / 100, row.riskExposure]);

beforeAll(() => {
    history = officeMoveHistory();
    outside = mkdtempSync(path.join(tmpdir(), 'proj-history-outside-'));
});

afterAll(() => {
    history?.repository.remove();
    rmSync(outside, { recursive: true, force: true });
});

describe('proj/history', () => {
    test('a row per commit, oldest first, with the figures worked by hand, and the charts\' data', async () => {
        const uri = await open(history.file);
        const view = await ask(uri) as HistoryView;
        expect(view).toMatchObject({ project: { id: 'office', title: 'Office move', currency: 'GBP' }, path: 'plans/office-move.proj', shallow: false });
        const { commits } = history;
        expect(view.trend.rows.map(row => [row.commit, row.date, row.reference, row.status])).toEqual([
            [commits.approved, '2027-02-15', true, undefined],
            [commits.longer, '2027-02-22', false, undefined],
            [commits.status10, '2027-03-10', false, '2027-03-10'],
            [commits.status15, '2027-03-15', false, '2027-03-15'],
        ]);
        expect(figures(view)).toEqual([
            // Survey Mon 1–Fri 5 Mar, the fit-out's 10 days 8–19 Mar. No status date: no indices.
            ['Approved plan', '2027-03-19', 0, undefined, undefined, undefined, 12],
            // 13 days: to Wed 24 Mar, 3 working days later. Its subject is text from git, kept as it is.
            [HOSTILE_SUBJECT, '2027-03-24', 3, undefined, undefined, undefined, 12],
            // 10% of 13 days done by Wed 10 Mar: 12 days left from Thu 11 Mar, to Fri 26 Mar (+5). PV £5,615.38,
            // EV £3,000, AC £3,700: SPI 0.5342, CPI 0.8108, EAC £21,000 / 0.8108 = £25,900.
            ['Status at 10 March', '2027-03-26', 5, 0.5342, 0.8108, 25900, 12],
            // 40% by Mon 15 Mar: 8 days from Tue 16 Mar, to Thu 25 Mar (+4). PV £10,230.77, EV £9,000, AC £10,200.
            ['Status at 15 March', '2027-03-25', 4, 0.8797, 0.8824, 23800, 12],
        ]);
        expect(view.trend.reference).toEqual({ kind: 'oldest', commit: commits.approved, date: '2027-02-15', finish: '2027-03-19' });
        expect(view.chart.points.map(point => [point.date, point.commit, point.finish])).toEqual([
            ['2027-02-15', commits.approved.slice(0, 7), '2027-03-19'],
            ['2027-02-22', commits.longer.slice(0, 7), '2027-03-24'],
            ['2027-03-10', commits.status10.slice(0, 7), '2027-03-26'],
            ['2027-03-15', commits.status15.slice(0, 7), '2027-03-25'],
        ]);
        expect(view.chart).toMatchObject({ referenceFinish: '2027-03-19', finishRange: { from: '2027-03-19', to: '2027-03-26' } });
        expect(view.chart.indexRange.max).toBe(1);
        expect(view.chart.indexRange.min).toBeCloseTo(0.5342, 4);
    });

    test('kept until HEAD moves: a new commit is a new row; the preview is answered meanwhile', async () => {
        const uri = uriOf(history.file);
        const first = await ask(uri) as HistoryView;
        expect(await ask(uri)).toEqual(first);
        // A commit names the tag of the approved plan as its baseline: the variance now counts from it.
        history.repository.tag('v1-approved', history.commits.approved);
        const text = officeMovePlan({ status: '2027-03-15', fitout: [13, 40, 9000], early: true, baseline: true, permits: true });
        const added = history.repository.write('plans/office-move.proj', text).commit('Permits risk, and the baseline named', '2027-03-16');
        const seen = server().publishes.length;
        await server().change(uri, text, 2);
        await server().publishFor(uri, seen);
        // Both at once: the preview does not wait for the history.
        const [again, preview] = await Promise.all([ask(uri), server().connection.sendRequest<PreviewAnswer>(PREVIEW_REQUEST, { uri })]);
        expect(preview.errors).toBe(0);
        const view = again as HistoryView;
        expect(view.trend.rows).toHaveLength(5);
        expect(view.trend.rows[4]).toMatchObject({ commit: added, finish: '2027-03-25', finishVariance: 4, riskExposure: 22 });
        expect(view.trend.reference).toMatchObject({ kind: 'baseline', revision: 'v1-approved', commit: history.commits.approved });
    });

    test('no history: not in git, not committed yet, not a file, not open', async () => {
        const lone = path.join(outside, 'office.proj');
        writeFileSync(lone, officeMovePlan({ fitout: [10] }));
        expect(await ask(await open(lone))).toEqual({ message: 'office.proj: not in a git repository, so it has no history.' });

        const draft = history.repository.write('plans/draft.proj', officeMovePlan({ fitout: [10] })).path('plans/draft.proj');
        expect(await ask(await open(draft))).toEqual({ message: 'draft.proj: no commit has it yet: commit it to start its history.' });

        expect(await ask('untitled:Untitled-1')).toEqual({ message: 'The history comes from git: save the plan as a file in a git repository to see it.' });
        expect(await ask(uriOf(path.join(outside, 'closed.proj')))).toEqual({ message: 'Open the plan in an editor to see its history.' });
    });

    test('a shallow clone: the commits it has, and says so', async () => {
        const clone = path.join(outside, 'shallow');
        history.repository.git('clone', '-q', '--depth', '2', `file://${history.repository.root}`, clone);
        const view = await ask(await open(path.join(clone, 'plans', 'office-move.proj'))) as HistoryView;
        expect(view.shallow).toBe(true);
        expect(view.trend.rows.map(row => row.subject)).toEqual(['Status at 15 March', 'Permits risk, and the baseline named']);
    });
});
