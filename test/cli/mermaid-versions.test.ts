// Every ```mermaid block of every Markdown export, drawn by the Mermaid versions that the hosts of
// Markdown use (GitHub, GitLab, Azure DevOps and the rest each draw with their own, often older,
// Mermaid): 10.9 and 11.4, installed side by side as dev dependencies (npm aliases), and the
// bundled one, each in headless Chromium, offline, with GitHub's settings (strict, default theme).
// A chart must draw without an error and with every bar, node, link and point its text asks for;
// a screenshot per version and document goes to test-results/mermaid-versions/.
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromiumMissing } from '../support/chromium.js';
import { useChromium } from '../support/chromium-suite.js';
import { GitPlanRepository } from '../support/git-plan-repository.js';
import { officeMoveHistory, type OfficeMoveHistory } from '../support/trend-plans.js';
import { mermaidBlocks, mermaidPage } from './support/mermaid-page.js';
import { proj, repoRoot, useScratchFolder } from './support/proj-command.js';

const MERMAID_VERSIONS = [
    { name: '10.9.6', script: 'node_modules/mermaid-10/dist/mermaid.min.js' },
    { name: '11.4.1', script: 'node_modules/mermaid-11-4/dist/mermaid.min.js' },
    { name: 'bundled', script: 'out/mermaid.min.js' },
];

const scratch = useScratchFolder('proj-mermaid-versions-');

/**
 * A plan with what the examples lack: a status date, every link type with leads and lags, a holiday
 * and a worked day, nested phases, and stakeholders in every quadrant of the grid.
 */
const everyLinkPlan = [
    'project links "Every link" {',
    '    start 2027-01-04',
    '    status 2027-01-20',
    '    calendar {',
    '        holiday 2027-01-15 "Founders\' day"',
    '        workday 2027-01-16',
    '    }',
    '    phase build "Build" {',
    '        task design "Design $$x$$ & <b>" { duration 5d progress 100% }',
    '        task code "Code" { duration 8d after design SS +2d progress 40% }',
    '        task review "Review" { duration 2d after code FF -1d }',
    '        phase test "Test" {',
    '            task tests "Write tests" { duration 3d after design FS +1d }',
    '            task sign "Sign-off prep" { duration 1d after review SF }',
    '        }',
    '    }',
    '    milestone done "Done" { after review, tests }',
    '    stakeholder board "Board" { power high interest high }',
    '    stakeholder users "Users: all of them" { power low interest high }',
    '    stakeholder audit "Audit" { power high interest low }',
    '    stakeholder press "Press & co" { power low interest low }',
    '}',
    '',
].join('\n');

interface MarkdownExport {
    readonly name: string;
    readonly markdown: string;
}

/** What a chart's text asks Mermaid to draw. */
interface Expected {
    readonly kind: string;
    /** The Gantt's bars and milestones, by Mermaid task id. */
    readonly bars?: readonly string[];
    readonly nodes?: number;
    readonly links?: number;
    readonly points?: number;
}

const GANTT_KEYWORDS = /^\s*(gantt|dateFormat|axisFormat|inclusiveEndDates|todayMarker|excludes|section|title|tickInterval|weekday)\b/;

/** Read from the chart's own text: every bar a Gantt line names, every node, link and point. */
function expectedOf(text: string): Expected {
    const lines = text.split('\n').filter(line => line.trim() !== '' && !line.startsWith('%%'));
    const kind = lines[0].trim().split(/\s+/)[0];
    switch (kind) {
        case 'gantt':
            return {
                kind,
                bars: lines.slice(1).filter(line => !GANTT_KEYWORDS.test(line)).map(line => {
                    // A label's own colons are entities (#58;): the first is the one before the tags.
                    const tags = line.slice(line.indexOf(':') + 1).split(',').map(tag => tag.trim());
                    return tags.find(tag => /^[a-z]\w*$/i.test(tag) && !['crit', 'done', 'active', 'milestone', 'vert'].includes(tag))!;
                }).sort(),
            };
        case 'flowchart':
            return {
                kind,
                nodes: lines.filter(line => /^\s+\w+(\["|\(\[)/.test(line)).length,
                links: lines.reduce((count, line) => count + (line.match(/-->|-\.->/g)?.length ?? 0), 0),
            };
        case 'quadrantChart':
            return { kind, points: lines.filter(line => /^\s+".*":\s*\[/.test(line)).length };
        case 'xychart-beta':
            // A line's points, or a bar chart's bars (the schedule risk histogram).
            return { kind, points: /^\s+(?:line|bar) \[(.*)\]$/m.exec(text)![1].split(',').length };
        default:
            throw new Error(`a Mermaid chart the test does not know: ${kind}`);
    }
}

let history: OfficeMoveHistory;
let diffRepository: GitPlanRepository;
const markdownExports: MarkdownExport[] = [];

/** `proj <args>`, which must succeed, as a document. */
function markdownOf(name: string, args: string[], cwd?: string): MarkdownExport {
    const run = proj(args, cwd);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    return { name, markdown: run.stdout };
}

beforeAll(() => {
    const links = scratch.write('links/links.proj', everyLinkPlan);
    for (const example of ['office-move', 'server-cut-over', 'starter']) {
        const file = path.join('examples', `${example}.proj`);
        markdownExports.push(markdownOf(`export-${example}`, ['export', file, '--format', 'markdown']));
        markdownExports.push(markdownOf(`report-${example}`, ['report', file, '--format', 'markdown']));
    }
    markdownExports.push(
        markdownOf('export-links', ['export', links, '--format', 'markdown']),
        markdownOf('report-links', ['report', links, '--format', 'markdown']),
        markdownOf('register-stakeholders-links', ['register', 'stakeholders', links, '--format', 'markdown']),
        markdownOf('register-stakeholders-office-move', ['register', 'stakeholders', 'examples/office-move.proj', '--format', 'markdown']),
    );
    // What moved between two versions of the plan: a task longer, one added, one removed.
    diffRepository = GitPlanRepository.create();
    diffRepository.write('plans/links.proj', everyLinkPlan).commit('First plan', '2027-01-04');
    diffRepository.write('plans/links.proj', everyLinkPlan
        .replace('duration 8d after design SS', 'duration 11d after design SS')
        .replace(/ {12}task sign .*\n/, '')
        .replace('    milestone done', '    task docs "Docs" { duration 2d after review }\n    milestone done'));
    markdownExports.push(markdownOf('diff-links', ['diff', 'plans/links.proj', '--format', 'markdown'], diffRepository.root));
    history = officeMoveHistory();
    markdownExports.push(markdownOf('trend-office-move', ['trend', history.file, '--format', 'markdown']));
    markdownExports.push(markdownOf('risk-office-move', ['risk', 'examples/office-move.proj', '--format', 'markdown', '--iterations', '2000']));
    // A programme of three plans, titles with what Mermaid and Markdown would read as syntax.
    scratch.write('programme/a.proj', 'project alpha "Alpha: build & <ship>" {\n    start 2027-01-04\n    task build { duration 10d }\n    milestone done "Done; really" { after build }\n}\n');
    scratch.write('programme/b.proj', 'project beta "Beta | deploy" {\n    start 2027-01-04\n    deadline 2027-01-19\n    task deploy { duration 3d after alpha.done }\n    milestone live { after deploy }\n}\n');
    scratch.write('programme/c.proj', 'project gamma "Gamma $$x$$" {\n    start 2027-01-04\n    task release { duration 1d after beta.deploy SS +1d, alpha.build FF }\n}\n');
    markdownExports.push(markdownOf('programme', ['programme', path.join(scratch.dir, 'programme'), '--format', 'markdown']));
}, 120_000);

afterAll(() => {
    history?.repository.remove();
    diffRepository?.remove();
});

describe('the Markdown exports use only Mermaid that 10.9 onwards draws', () => {
    test('every export holds its charts: Gantt charts, networks, the stakeholder grid, the trend', () => {
        const kinds = Object.fromEntries(markdownExports.map(exported => [exported.name, mermaidBlocks(exported.markdown).map(text => expectedOf(text).kind)]));
        expect(kinds).toEqual({
            'export-office-move': ['gantt', 'flowchart'],
            'report-office-move': ['gantt', 'quadrantChart'],
            'export-server-cut-over': ['gantt', 'flowchart'],
            'report-server-cut-over': ['gantt'],
            'export-starter': ['gantt', 'flowchart'],
            'report-starter': ['gantt'],
            'export-links': ['gantt', 'flowchart'],
            'report-links': ['gantt', 'quadrantChart'],
            'register-stakeholders-links': ['quadrantChart'],
            'register-stakeholders-office-move': ['quadrantChart'],
            'diff-links': ['gantt'],
            'trend-office-move': ['gantt', 'xychart-beta', 'xychart-beta'],
            'risk-office-move': ['xychart-beta'],
            'programme': ['gantt', 'flowchart'],
        });
    });

    test('the status date is a milestone of its own, not a `vert` marker (Mermaid 11.8 and later only)', () => {
        for (const exported of markdownExports) {
            expect(exported.markdown).not.toMatch(/:\s*vert\b/);
        }
        const gantt = mermaidBlocks(markdownExports.find(exported => exported.name === 'export-links')!.markdown)[0];
        expect(gantt).toContain('    section Status date\n    Status date:milestone, status_date, 2027-01-20, 2027-01-20\n');
    });
});

describe.skipIf(chromiumMissing('the Mermaid version matrix'))('every chart drawn by Mermaid 10.9, 11.4 and the bundled version, in headless Chromium', () => {
    const browser = useChromium();
    const screenshots = path.join(repoRoot, 'test-results', 'mermaid-versions');

    for (const version of MERMAID_VERSIONS) {
        test(`Mermaid ${version.name}: no errors, and every bar, node, link and point drawn`, async () => {
            mkdirSync(screenshots, { recursive: true });
            const drawnAll: Record<string, unknown[]> = {};
            const expectedAll: Record<string, unknown[]> = {};
            for (const exported of markdownExports) {
                const page = await mermaidPage(browser(), { script: version.script, viewport: { width: 1100, height: 800 } });
                const blocks = mermaidBlocks(exported.markdown);
                drawnAll[exported.name] = await page.evaluate(async ({ blocks, title }) => {
                    const mermaid = (window as unknown as { mermaid: { render(id: string, text: string): Promise<{ svg: string }> } }).mermaid;
                    const heading = document.createElement('h1');
                    heading.textContent = title;
                    document.body.append(heading);
                    const charts = [];
                    for (const [index, text] of blocks.entries()) {
                        const figure = document.createElement('figure');
                        document.body.append(figure);
                        try {
                            const { svg } = await mermaid.render(`chart${index}`, text);
                            figure.innerHTML = svg;
                        } catch (error) {
                            figure.textContent = `Error: ${String(error)}`;
                            charts.push({ error: String(error) });
                            continue;
                        }
                        const chart = figure.querySelector('svg')!;
                        const kind = chart.getAttribute('aria-roledescription');
                        const drawn: Record<string, unknown> = { kind, errors: chart.querySelectorAll('.error-icon, .error-text').length };
                        if (kind === 'gantt') {
                            // Mermaid 11 draws each excluded day as a rect with an id of its own.
                            drawn.bars = Array.from(chart.querySelectorAll<SVGRectElement>('rect[id]')).map(bar => bar.id.replace(/^chart\d+-/, ''))
                                .filter(id => !id.startsWith('exclude-')).sort();
                        } else if (kind?.startsWith('flowchart')) {
                            drawn.nodes = chart.querySelectorAll('g.node').length;
                            drawn.links = chart.querySelectorAll('path.flowchart-link').length;
                        } else if (kind === 'quadrantChart') {
                            drawn.points = chart.querySelectorAll('circle').length;
                        } else if (kind === 'xychart') {
                            const bars = chart.querySelectorAll('g.bar-plot-0 rect').length;
                            drawn.points = bars > 0 ? bars : Array.from(chart.querySelectorAll<SVGPathElement>('g.line-plot-0 path')).map(line => (line.getAttribute('d') ?? '').split('L').length)[0];
                        }
                        charts.push(drawn);
                    }
                    return charts;
                }, { blocks, title: `${exported.name}, Mermaid ${version.name}` });
                expectedAll[exported.name] = blocks.map(text => {
                    const { kind, ...counts } = expectedOf(text);
                    return { kind: { 'xychart-beta': 'xychart', flowchart: expect.stringMatching(/^flowchart/) }[kind] ?? kind, errors: 0, ...counts };
                });
                await page.screenshot({ path: path.join(screenshots, `${version.name}-${exported.name}.png`), fullPage: true });
                await page.close();
            }
            expect(drawnAll).toEqual(expectedAll);
        }, 180_000);
    }
});
