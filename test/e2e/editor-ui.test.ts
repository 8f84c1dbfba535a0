// What a person sees: the workbench in code-server driven from the keyboard, as a user would, with
// the packaged extension installed. A broken dependency squiggles and lands in Problems; ctrl+k v
// opens the preview, whose Gantt chart (read inside the webview's frames) has a bar per task with
// the critical ones marked; a longer duration typed in the editor moves a bar onto the critical
// path; the register tabs draw, and a risk on the heat map reveals its source. Screenshots go to
// test-results/e2e/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CodeServerSession } from './code-server/code-server-session.js';
import { editorTestsSkipped, exampleWorkspace, launchChromium, RESULTS_DIR, ROOT } from './support/editor-browser.js';
import { GitPlanRepository } from '../support/git-plan-repository.js';


interface ScheduledTask {
    readonly id: string;
    readonly critical: boolean;
}

let exampleTasks: ScheduledTask[] | undefined;

/** The example's schedule from the command line (run once): what the chart must show. */
function exampleSchedule(): ScheduledTask[] {
    const json = () => execFileSync(process.execPath, [join(ROOT, 'bin', 'proj.js'), 'schedule', join(ROOT, 'examples', 'office-move.proj'), '--format', 'json'], { encoding: 'utf8' });
    return exampleTasks ??= (JSON.parse(json()) as { tasks: ScheduledTask[] }).tasks;
}

interface DrawnBar {
    readonly id: string;
    readonly critical: boolean;
    readonly width: number;
}

/** The bars of the tasks and milestones of the Gantt chart on show in the preview webview (not the phases'). */
async function ganttBars(preview: Frame): Promise<DrawnBar[]> {
    return preview.$$eval('#proj-view-gantt svg.proj-chart rect.task[data-proj-id]:not(.proj-bar-phase)', rects => rects.map(rect => ({
        id: rect.getAttribute('data-proj-id') ?? '',
        critical: /(^|\s)(crit|activeCrit|doneCrit)\d+(\s|$)/.test(rect.getAttribute('class') ?? ''),
        width: rect.getBoundingClientRect().width,
    })));
}

/**
 * The preview's own page once it has drawn its Gantt chart. VS Code hosts each webview in an
 * iframe inside another and swaps the inner one when it loads, so look the frame up by content.
 */
async function previewFrame(page: Page, timeoutMs = 60_000): Promise<Frame> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
        for (const frame of page.frames()) {
            const drawn = await frame.evaluate(() => document.querySelector('#proj-view-gantt svg.proj-chart rect.task[data-proj-id]') !== null).catch(() => false);
            if (drawn) {
                return frame;
            }
        }
        await page.waitForTimeout(250);
    }
    await page.screenshot({ path: join(RESULTS_DIR, 'no-preview.png') });
    throw new Error('The preview did not draw a Gantt chart (screenshot: no-preview.png).');
}

const EXAMPLE_LINES = readFileSync(join(ROOT, 'examples', 'office-move.proj'), 'utf8').split('\n');

/**
 * Retypes the example's first line that contains `text` (found in the file as committed) at or
 * after the line that contains `from`, as `replacement`.
 */
/**
 * Go to Line (ctrl+g), as a user does: the line's number typed into its box once the box is open
 * (typed before, the digits would land in the plan), and the editor focused again once it closes.
 */
async function goToLine(page: Page, line: number): Promise<void> {
    await page.keyboard.press('Control+G');
    await page.waitForSelector('.quick-input-widget:visible', { timeout: 20_000 });
    await page.keyboard.type(String(line));
    await page.keyboard.press('Enter');
    await page.waitForSelector('.quick-input-widget', { state: 'hidden', timeout: 20_000 });
}

async function retypeLine(page: Page, text: string, replacement: (line: string) => string, from?: string): Promise<void> {
    const start = from === undefined ? 0 : EXAMPLE_LINES.findIndex(line => line.includes(from));
    const index = EXAMPLE_LINES.findIndex((line, at) => at >= start && line.includes(text));
    expect(index, `'${text}' is not in the example`).toBeGreaterThanOrEqual(0);
    await goToLine(page, index + 1);
    // Home goes to the first character after the indentation; Shift+End selects the rest.
    await page.keyboard.press('End');
    await page.keyboard.press('Home');
    await page.keyboard.press('Shift+End');
    await page.keyboard.type(replacement(EXAMPLE_LINES[index].trim()));
}

/** Quick Open (ctrl+p), as a user opens a file, once the workbench shows its folder; until the editor shows `text`. */
async function openFile(page: Page, name: string, text: string): Promise<void> {
    await page.waitForSelector('.explorer-folders-view', { timeout: 60_000 });
    await page.keyboard.press('Control+P');
    await page.keyboard.type(name);
    await page.waitForSelector('.quick-input-list .monaco-list-row', { timeout: 20_000 });
    await page.keyboard.press('Enter');
    await page.waitForSelector(`.monaco-editor .view-lines:has-text("${text}")`, { timeout: 30_000 });
}

/** Picks a colour theme as a user does: Preferences: Color Theme (ctrl+k ctrl+t), its name, Enter. */
async function chooseColourTheme(page: Page, theme: string): Promise<void> {
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+T');
    await page.waitForSelector('.quick-input-widget:visible', { timeout: 20_000 });
    await page.keyboard.type(theme);
    await page.waitForSelector(`.quick-input-list .monaco-list-row.focused:has-text("${theme}")`, { timeout: 20_000 });
    await page.keyboard.press('Enter');
    await page.waitForSelector('.quick-input-widget', { state: 'hidden', timeout: 20_000 });
}

describe.skipIf(editorTestsSkipped('the UI test in code-server'))('a user in code-server with the packaged extension', () => {
    let session: CodeServerSession;
    let browser: Browser;
    let page: Page;

    beforeAll(async () => {
        mkdirSync(RESULTS_DIR, { recursive: true });
        session = await CodeServerSession.start({ logFile: join(RESULTS_DIR, 'code-server-ui.log') });
        browser = await launchChromium();
        page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
        await page.goto(session.url(exampleWorkspace()));
        await page.waitForSelector('.monaco-workbench .part.editor', { timeout: 60_000 });
        await openFile(page, 'office-move.proj', 'Office relocation to Leeds');
        // The schedule's inlay hints show once the language server has built the plan: here the
        // first task's dates, the business case's, below the plan's settings and registers.
        await goToLine(page, EXAMPLE_LINES.findIndex(line => line.includes('task business_case')) + 1);
        await page.waitForSelector('.monaco-editor .view-lines:has-text("4 Jan → 8 Jan")', { timeout: 60_000 });
        await page.keyboard.press('Control+Home');
    });

    afterAll(async () => {
        await browser?.close();
        await session?.stop();
    });

    test('a dependency on an unknown task squiggles, is listed in Problems, and clears when corrected', async () => {
        await retypeLine(page, 'after survey +2d', line => line.replace('survey', 'survy'));
        await page.waitForSelector('.monaco-editor .squiggly-error', { timeout: 30_000 });
        await page.keyboard.press('Control+Shift+M');
        const problem = page.locator('.markers-panel .monaco-list-row', { hasText: 'survy' });
        await problem.first().waitFor({ timeout: 20_000 });
        expect(await problem.first().innerText()).toMatch(/Did you mean 'survey'\?/);
        await page.screenshot({ path: join(RESULTS_DIR, 'problems.png') });

        await page.keyboard.press('Control+1'); // Back to the editor.
        await retypeLine(page, 'after survey +2d', line => line);
        await page.waitForSelector('.monaco-editor .squiggly-error', { state: 'detached', timeout: 30_000 });
        await page.keyboard.press('Control+J'); // Hide the panel again.
    });

    test('ctrl+k v shows the Gantt chart whole: a bar per task and milestone in view without scrolling, the critical ones marked, the arrows drawn', async () => {
        await page.keyboard.press('Control+1');
        await page.keyboard.press('Control+K');
        await page.keyboard.press('V');
        const preview = await previewFrame(page);
        const schedule = exampleSchedule();
        const bars = await ganttBars(preview);
        expect(bars.map(bar => bar.id).sort()).toEqual(schedule.map(task => task.id).sort());
        expect(bars.filter(bar => bar.critical).map(bar => bar.id).sort()).toEqual(schedule.filter(task => task.critical).map(task => task.id).sort());
        // Every bar of the example in the pane as it opens, not scrolled to.
        const view = await preview.evaluate(() => {
            const pane = document.getElementById('proj-view-gantt')!;
            const box = pane.getBoundingClientRect();
            return { scrolled: pane.scrollLeft + pane.scrollTop, left: box.left, right: box.left + pane.clientWidth, top: box.top, bottom: box.top + pane.clientHeight };
        });
        expect(view.scrolled).toBe(0);
        const outside = await preview.$$eval('#proj-view-gantt svg.proj-chart rect.proj-bar', (rects, pane) => rects.filter(rect => {
            const box = rect.getBoundingClientRect();
            return box.left < pane.left || box.right > pane.right || box.top < pane.top || box.bottom > pane.bottom;
        }).map(rect => rect.getAttribute('data-proj-id')), view);
        expect(outside).toEqual([]);
        // The example's six links, each one arrow: the critical chain's two in the critical colour.
        expect(await preview.locator('#proj-view-gantt path.proj-link').count()).toBe(6);
        expect(await preview.locator('#proj-view-gantt path.proj-link-critical').count()).toBe(2);
        await page.screenshot({ path: join(RESULTS_DIR, 'preview.png') });
    });

    test('typing a longer duration moves the task\'s bar and puts it on the critical path', async () => {
        const preview = await previewFrame(page);
        const before = (await ganttBars(preview)).find(bar => bar.id === 'briefing');
        expect(before?.critical).toBe(false);

        await page.keyboard.press('Control+1');
        await retypeLine(page, 'duration 3d', line => line.replace('duration 3d', 'duration 30d'), 'task briefing');
        await expect.poll(async () => (await ganttBars(preview)).find(bar => bar.id === 'briefing'), { timeout: 30_000 })
            .toMatchObject({ critical: true });
        const after = (await ganttBars(preview)).find(bar => bar.id === 'briefing')!;
        expect(after.width).toBeGreaterThan(before!.width * 5);
        await page.screenshot({ path: join(RESULTS_DIR, 'preview-after-edit.png') });
    });

    test('a click on a bar reveals its task in the plan', async () => {
        const preview = await previewFrame(page);
        await preview.click('#proj-view-gantt svg.proj-chart rect.task[data-proj-id="business_case"]');
        const line = EXAMPLE_LINES.findIndex(text => text.includes('task business_case')) + 1;
        const column = EXAMPLE_LINES[line - 1].indexOf('business_case') + 1;
        // The editor's cursor, as the status bar shows it, ends on the task's id (selected).
        await page.locator('.statusbar-item', { hasText: new RegExp(`^Ln ${line}, Col ${column + 'business_case'.length}`) }).first().waitFor({ timeout: 20_000 });
    });

    test('a click on an arrow selects the dependency that made it: `survey +2d` in the fit-out\'s after clause', async () => {
        const preview = await previewFrame(page);
        const arrow = preview.locator('#proj-view-gantt path.proj-link[data-from="survey"][data-to="fitout"]');
        // A point on the arrow's line, as a hand would click it (whatever is on top there takes the click).
        const onArrow = await arrow.evaluate((path: SVGPathElement) => {
            const point = path.getPointAtLength(path.getTotalLength() / 2);
            const screen = new DOMPoint(point.x, point.y).matrixTransform(path.getScreenCTM()!);
            const box = path.getBoundingClientRect();
            return { x: screen.x - box.left, y: screen.y - box.top };
        });
        await arrow.click({ position: onArrow, force: true });
        const line = EXAMPLE_LINES.findIndex(text => text.includes('after survey +2d')) + 1;
        const column = EXAMPLE_LINES[line - 1].indexOf('survey +2d') + 1;
        await page.locator('.statusbar-item', { hasText: new RegExp(`^Ln ${line}, Col ${column + 'survey +2d'.length} \\(${'survey +2d'.length} selected\\)`) })
            .first().waitFor({ timeout: 20_000 });
    });

    test('the register tabs: the Budget S-curve, the risks on the heat map, and a risk chip that reveals its risk', async () => {
        const preview = await previewFrame(page);
        await preview.click('#proj-tab-budget');
        // PV, EV and AC: three lines of the S-curve.
        await expect.poll(() => preview.locator('#proj-view-budget svg.proj-s-curve path.proj-series').count(), { timeout: 30_000 }).toBe(3);
        await preview.click('#proj-tab-risks');
        const chip = preview.locator('#proj-view-risks .proj-chip[data-proj-id="lease_delay"]');
        await chip.waitFor({ timeout: 30_000 });
        // Likelihood 3 x impact 4.
        expect(await chip.evaluate(node => node.closest('td')?.querySelector('.proj-heat-score')?.textContent)).toBe('12');
        await page.screenshot({ path: join(RESULTS_DIR, 'preview-risks.png') });
        await chip.click();
        const line = EXAMPLE_LINES.findIndex(text => text.includes('risk lease_delay')) + 1;
        const column = EXAMPLE_LINES[line - 1].indexOf('lease_delay') + 1;
        await page.locator('.statusbar-item', { hasText: new RegExp(`^Ln ${line}, Col ${column + 'lease_delay'.length}`) }).first().waitFor({ timeout: 20_000 });
        await preview.click('#proj-tab-gantt');
    });

    test('every tab of the preview in a light and a dark theme (screenshots for a reviewer to judge)', async () => {
        const preview = await previewFrame(page);
        for (const [theme, name] of [['Light Modern', 'light'], ['Dark Modern', 'dark']] as const) {
            await chooseColourTheme(page, theme);
            const wanted = name === 'light' ? 'vscode-light' : 'vscode-dark';
            await expect.poll(() => preview.evaluate(() => document.body.className), { timeout: 20_000 }).toContain(wanted);
            for (const tab of ['gantt', 'network', 'budget', 'baseline', 'history', 'resources', 'risks', 'schedule-risk', 'stakeholders', 'ksb', 'programme']) {
                await preview.click(`#proj-tab-${tab}`);
                // Drawn in this theme's colours: nothing left to draw.
                await preview.waitForFunction(() => !document.getElementById('proj-preview')!.hasAttribute('aria-busy'), undefined, { timeout: 30_000 });
                await page.screenshot({ path: join(RESULTS_DIR, `tab-${tab}-${name}.png`) });
            }
        }
        await preview.click('#proj-tab-gantt');
    });

    test('the preview comes back, drawn, after the window reloads', async () => {
        // Through "Developer: Reload Window", not the browser's reload. VS Code in the browser
        // writes its editor layout (the preview panel among it) to IndexedDB only when idle, every
        // 5 s; on a browser reload it schedules a last write and then cancels it as it unloads, so
        // the window comes back as last written, without a preview opened moments before, whatever
        // the extension does. The command waits for that write before it reloads.
        await page.keyboard.press('Control+Shift+P');
        await page.keyboard.type('Developer: Reload Window');
        await page.waitForSelector('.quick-input-list .monaco-list-row.focused:has-text("Developer: Reload Window")', { timeout: 20_000 });
        await Promise.all([page.waitForEvent('load', { timeout: 60_000 }), page.keyboard.press('Enter')]);
        await page.waitForSelector('.monaco-workbench .part.editor', { timeout: 60_000 });
        const preview = await previewFrame(page);
        expect((await ganttBars(preview)).map(bar => bar.id).sort()).toEqual(exampleSchedule().map(task => task.id).sort());
        await page.screenshot({ path: join(RESULTS_DIR, 'preview-after-reload.png') });
    });

    test('assigning Alex to the IT cut-over as well over-allocates Alex; levelling, offered as a quick fix, moves the cut-over after the briefings', async () => {
        // Alex runs the staff briefings, 30 days from 3 March (as typed above; typed again, for the
        // window may have come back from its reload without that edit), when the cut-over falls.
        const line = EXAMPLE_LINES.findIndex(text => text.includes('task it "IT cut-over"')) + 1;
        await page.keyboard.press('Control+1');
        await retypeLine(page, 'duration 3d', () => 'duration 30d', 'task briefing');
        await goToLine(page, line);
        // Before the closing brace: `cost 6000 }` becomes `cost 6000 assign alex }`.
        await page.keyboard.press('End');
        await page.keyboard.press('ArrowLeft');
        await page.keyboard.type('assign alex ');
        await page.waitForSelector('.monaco-editor .squiggly-warning', { timeout: 30_000 });
        await page.keyboard.press('Control+Shift+M');
        const problem = page.locator('.markers-panel .monaco-list-row', { hasText: 'alex: 2 of 1 unit on 5–9 Mar' });
        await problem.first().waitFor({ timeout: 20_000 });
        await page.screenshot({ path: join(RESULTS_DIR, 'over-allocated.png') });

        // The quick fix, from the squiggle under `alex`, as a user opens it: ctrl+. on the word.
        await page.keyboard.press('Control+1');
        await page.keyboard.press('ArrowLeft');
        await page.keyboard.press('ArrowLeft');
        await page.keyboard.press('Control+.');
        const title = "Level the plan (add 'level' to project office_move)";
        await page.locator('.action-widget .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 20_000 });
        // Chosen from the keyboard, as the menu is meant to be: it moves under the pointer while it opens.
        const focused = page.locator('.action-widget .monaco-list-row.focused');
        for (let step = 0; step < 5 && !(await focused.innerText().catch(() => '')).includes(title); step++) {
            await page.keyboard.press('ArrowDown');
        }
        expect(await focused.innerText()).toContain(title);
        await page.keyboard.press('Enter');
        await page.waitForSelector('.monaco-editor .squiggly-warning', { state: 'detached', timeout: 30_000 });
        // The statement is where a planner would write it, under the start date.
        await page.keyboard.press('Control+Home');
        // Monaco writes the spaces between words as no-break spaces.
        await expect.poll(async () => (await page.locator('.monaco-editor .view-lines').innerText()).replace(/\u00a0/g, ' '), { timeout: 10_000 })
            .toMatch(/start 2027-01-04\n\s*level\n/);

        // The chart levelled: the cut-over now starts when the briefings finish, and says why.
        const preview = await previewFrame(page);
        const row = (id: string) => preview.locator(`#proj-view-gantt .proj-gantt-row[data-proj-id="${id}"]`);
        await expect.poll(() => row('it').locator('.proj-start').innerText(), { timeout: 30_000 }).toBe('16 Apr');
        // The pane is narrow beside the editor: the table shows the dates, the tooltip why.
        await row('it').hover();
        await expect.poll(() => preview.locator('.proj-tooltip:not([hidden])').innerText(), { timeout: 10_000 })
            .toContain('Levelling delays it 27.4 working days: it waits for alex, busy with Staff briefings (briefing)');
        expect(await row('briefing').locator('.proj-start').innerText()).toBe('3 Mar');
        await page.screenshot({ path: join(RESULTS_DIR, 'levelled.png') });
    });

    test('a plan in git that names its approved plan as a baseline: the Gantt draws the baseline under each bar, and the tooltip says how far it moved', async () => {
        // The example approved and tagged; since then the fit-out's estimate grew.
        const repository = GitPlanRepository.create();
        repository.write('office-move.proj', EXAMPLE_LINES.join('\n')).commit('Approved plan');
        repository.tag('v1-approved');
        repository.write('office-move.proj', EXAMPLE_LINES.join('\n')
            .replace('start 2027-01-04', 'start 2027-01-04\n    baseline "v1-approved"')
            .replace('estimate 10d 15d 25d', 'estimate 12d 18d 30d'));
        await page.goto(session.url(repository.root));
        await openFile(page, 'office-move.proj', 'v1-approved');
        await page.keyboard.press('Control+K');
        await page.keyboard.press('V');
        const preview = await previewFrame(page);
        // A baseline bar under every bar: each item was in the approved plan.
        const bars = await preview.locator('#proj-view-gantt rect.proj-bar').count();
        await expect.poll(() => preview.locator('#proj-view-gantt rect.proj-baseline').count(), { timeout: 30_000 }).toBe(bars);
        expect(await preview.locator('[data-legend="baseline"]').innerText()).toBe('Baseline (v1-approved)');
        // The fit-out: the same start, a shorter baseline under its longer bar.
        const fitout = await preview.evaluate(() => {
            const bar = document.querySelector('#proj-view-gantt rect.proj-bar[data-proj-id="fitout"]')!.getBoundingClientRect();
            const baselines = Array.from(document.querySelectorAll("#proj-view-gantt rect.proj-baseline")).map(rect => rect.getBoundingClientRect());
            const under = baselines.find(box => box.top >= bar.bottom && box.top - bar.bottom < 6)!;
            return { sameStart: Math.abs(under.left - bar.left) < 2, shorter: under.width < bar.width - 2, thin: under.height < bar.height / 3 };
        });
        expect(fitout).toEqual({ sameStart: true, shorter: true, thin: true });
        await preview.locator('#proj-view-gantt rect.proj-bar[data-proj-id="fitout"]').hover();
        await expect.poll(() => preview.locator('.proj-tooltip:not([hidden])').innerText(), { timeout: 10_000 })
            .toMatch(/Finishes \d+ working days? later than v1-approved/);
        await page.screenshot({ path: join(RESULTS_DIR, 'baseline.png') });
        repository.remove();
    });

    test('plans in two files: the Gantt shows the laptops the training waits for as a row of their own, and a click on it opens the other plan there', async () => {
        await page.goto(session.url(exampleWorkspace()));
        await openFile(page, 'training.proj', 'Staff training');
        await page.keyboard.press('Control+K');
        await page.keyboard.press('V');
        const preview = await previewFrame(page);
        const other = preview.locator('#proj-view-gantt .proj-gantt-row[data-proj-id="it_refresh.rolled_out"]');
        await other.waitFor({ timeout: 30_000 });
        expect(await other.innerText()).toContain('All staff on new laptops (Laptop refresh)');
        await page.screenshot({ path: join(RESULTS_DIR, 'programme-gantt.png') });
        await other.click();
        const lines = readFileSync(join(ROOT, 'examples', 'programme', 'it-refresh.proj'), 'utf8').split('\n');
        const line = lines.findIndex(text => text.includes('milestone rolled_out')) + 1;
        const column = lines[line - 1].indexOf('rolled_out') + 1;
        await page.locator('.tab.active', { hasText: 'it-refresh.proj' }).first().waitFor({ timeout: 20_000 });
        await page.locator('.statusbar-item', { hasText: new RegExp(`^Ln ${line}, Col ${column + 'rolled_out'.length}`) }).first().waitFor({ timeout: 20_000 });
    });
});
