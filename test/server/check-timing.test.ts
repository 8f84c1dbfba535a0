// The editor's checks in three passes (language/src/validation/check-timing.ts), through the real
// language server: the preview answers once the errors are known, the diagnostics are published
// whole (never without the warnings of the pass that follows the errors), and the schedule risk
// analysis runs only once typing pauses.
import { describe, expect, test } from 'vitest';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { PREVIEW_REQUEST, type PreviewAnswer, type PreviewModel } from '../../language/src/preview/preview-protocol.js';
import { TYPING_PAUSE_MS } from '../../language/src/workspace/proj-document-builder.js';
import { useLanguageServer } from './support/use-language-server.js';

const server = useLanguageServer();

const codesOf = (publish: PublishDiagnosticsParams) => publish.diagnostics.map(diagnostic => diagnostic.code).sort();

async function preview(uri: string, parts?: PreviewModel['parts']): Promise<PreviewModel> {
    const answer = await server().connection.sendRequest<PreviewAnswer>(PREVIEW_REQUEST, { uri, ...(parts ? { parts } : {}) });
    return JSON.parse(answer.model) as PreviewModel;
}

const until = async (condition: () => boolean, ms: number) => {
    const ends = Date.now() + ms;
    while (!condition() && Date.now() < ends) {
        await new Promise(resolve => setTimeout(resolve, 20));
    }
};

describe('the checks after the errors', () => {
    const uri = 'file:///check-timing/spend.proj';
    // A warning from earned value (a later pass) beside one from the schedule (the first).
    const plan = (spent: number) => `project p {
    start 2027-01-04
    status 2027-01-15
    deadline 2027-01-06
    task a { duration 5d cost 1000 spent ${spent} }
}`;

    test('are in every publication of an edit: a warning of theirs never blinks out while the user types', async () => {
        const seen = server().publishes.length;
        await server().open(uri, plan(100));
        const opened = await server().publishFor(uri, seen);
        expect(codesOf(opened)).toEqual(expect.arrayContaining(['proj/deadline-missed', 'proj/spend-without-progress']));

        const before = server().publishes.length;
        for (let version = 2; version <= 6; version++) {
            await server().change(uri, plan(100 * version), version);
        }
        const last = `${100 * 6} spent, but no progress reported: nothing is earned for it (CPI 0). Add the task's 'progress'.`;
        await until(() => server().publishes.slice(before).some(publish => publish.diagnostics.some(diagnostic => diagnostic.message === last)), 10_000);
        const publications = server().publishes.slice(before).filter(publish => publish.uri === uri);
        expect(publications.length).toBeGreaterThan(0);
        for (const publication of publications) {
            expect(codesOf(publication)).toEqual(codesOf(opened));
        }
    });

    test("do not hold up the preview, which makes only the parts it is asked for", async () => {
        const model = await preview(uri, ['gantt']);
        expect(model.parts).toEqual(['gantt']);
        expect(model.gantt?.rows.map(row => row.id)).toEqual(['a']);
        expect(model.budget).toBeUndefined();
        expect(model.network).toBeUndefined();
        const whole = await preview(uri);
        expect(whole.parts).toBeUndefined();
        expect(whole.budget?.lines.length).toBeGreaterThan(0);
        expect(whole.network).toBeDefined();
    });
});

describe('the schedule risk analysis in the editor', () => {
    const uri = 'file:///check-timing/risk.proj';
    const plan = (pessimistic: number) => `project p {
    start 2027-01-04
    deadline 2027-01-18
    tolerance { confidence 80% }
    task a { estimate 5d 9d ${pessimistic}d }
}`;

    test('runs once typing pauses: its warning and the preview\'s analysis come then, not with the edit', async () => {
        const seen = server().publishes.length;
        await server().open(uri, plan(20));
        const first = await server().publishFor(uri, seen);
        expect(codesOf(first)).not.toContain('proj/schedule-confidence');
        // Before the pause the preview leaves the analysis out (it keeps the last it drew).
        const early = await preview(uri);
        expect(early.parts).not.toContain('scheduleRisk');
        expect(early.scheduleRisk).toBeUndefined();
        expect(early.gantt).toBeDefined();

        await until(() => server().publishes.slice(seen).some(publish => publish.uri === uri && codesOf(publish).includes('proj/schedule-confidence')), TYPING_PAUSE_MS + 10_000);
        const afterPause = server().publishes.slice(seen).filter(publish => publish.uri === uri).at(-1)!;
        expect(codesOf(afterPause)).toEqual(['proj/schedule-confidence']);
        expect(afterPause.diagnostics[0].message).toMatch(/^The chance of meeting the deadline 2027-01-18 is \d+%.*the editor runs it when typing pauses\.\)$/);
        const analysed = await preview(uri);
        expect(analysed.parts).toBeUndefined();
        expect(analysed.scheduleRisk?.iterations).toBe(500);
    });

    test('runs for the preview of a plan that asks no confidence, once typing pauses', async () => {
        const quiet = 'file:///check-timing/no-confidence.proj';
        const seen = server().publishes.length;
        await server().open(quiet, plan(20).replace('tolerance { confidence 80% }', ''));
        await server().publishFor(quiet, seen);
        expect((await preview(quiet)).scheduleRisk).toBeUndefined();
        await until(() => server().publishes.slice(seen).filter(publish => publish.uri === quiet).length >= 2, TYPING_PAUSE_MS + 10_000);
        expect((await preview(quiet)).scheduleRisk?.iterations).toBe(500);
    });

    test('is not run for an edit followed by another before the pause', async () => {
        const seen = server().publishes.length;
        await server().change(uri, plan(21), 2);
        const published = await server().publishFor(uri, seen);
        expect(codesOf(published)).toEqual([]);
        await server().change(uri, plan(22), 3);
        const model = await preview(uri);
        expect(model.scheduleRisk).toBeUndefined();
        await until(() => server().publishes.slice(seen).some(publish => publish.uri === uri && codesOf(publish).includes('proj/schedule-confidence')), TYPING_PAUSE_MS + 10_000);
        expect((await preview(uri)).scheduleRisk?.iterations).toBe(500);
    });
});
