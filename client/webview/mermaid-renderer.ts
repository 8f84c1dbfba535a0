/// <reference lib="dom" />
// Mermaid, set up once per theme for the preview: strict security, readable sizes, no size limits
// that a large plan would trip. Renders text into an SVG string; the caller places it.
import type { PreviewModel } from '../../language/src/preview/preview-protocol.js';
import mermaid, { type MermaidConfig } from 'mermaid';

export type Theme = 'light' | 'dark' | 'high-contrast' | 'high-contrast-light';

/** VS Code marks the webview's body with the colour theme's kind. */
export function currentTheme(): Theme {
    const classes = document.body.classList;
    if (classes.contains('vscode-high-contrast-light')) {
        return 'high-contrast-light';
    }
    if (classes.contains('vscode-high-contrast')) {
        return 'high-contrast';
    }
    return classes.contains('vscode-dark') ? 'dark' : 'light';
}

const GANTT_FONT_SIZE = 13;

function themeConfig(theme: Theme): Pick<MermaidConfig, 'theme' | 'themeVariables'> {
    switch (theme) {
        case 'dark':
            // Mermaid's dark theme shades excluded days olive; a grey reads better on VS Code's dark grey.
            return { theme: 'dark', themeVariables: { excludeBkgColor: '#303030' } };
        case 'high-contrast':
            return {
                theme: 'dark',
                themeVariables: {
                    background: '#000000', mainBkg: '#000000', primaryColor: '#000000', primaryTextColor: '#ffffff',
                    primaryBorderColor: '#ffffff', nodeBorder: '#ffffff', lineColor: '#ffffff', textColor: '#ffffff',
                    taskBkgColor: '#000000', taskBorderColor: '#ffffff', taskTextColor: '#ffffff', taskTextOutsideColor: '#ffffff',
                    taskTextDarkColor: '#000000', critBkgColor: '#f38518', critBorderColor: '#ffffff',
                    doneTaskBkgColor: '#3c3c3c', doneTaskBorderColor: '#ffffff', activeTaskBkgColor: '#1aebff', activeTaskBorderColor: '#ffffff',
                    gridColor: '#ffffff', vertLineColor: '#1aebff', excludeBkgColor: '#1a1a1a',
                },
            };
        case 'high-contrast-light':
            return {
                theme: 'default',
                themeVariables: {
                    primaryBorderColor: '#000000', nodeBorder: '#000000', lineColor: '#000000', textColor: '#000000',
                    taskBorderColor: '#000000', taskTextOutsideColor: '#000000', critBorderColor: '#000000', gridColor: '#000000',
                    vertLineColor: '#0f4a85',
                },
            };
        default:
            return { theme: 'default' };
    }
}

/** The editor's font when VS Code gives one that is plainly a font list. */
function fontFamily(): string | undefined {
    const family = getComputedStyle(document.body).getPropertyValue('--vscode-font-family').trim();
    return /^[\w\s,"'-]+$/.test(family) ? family : undefined;
}

let initializedFor: Theme | undefined;

/**
 * Mermaid's settings for the preview in a theme. The preview benchmark gives plain Mermaid the same
 * ones, so that both draw the same chart.
 */
export function previewMermaidConfig(theme: Theme, font?: string): MermaidConfig {
    return {
        startOnLoad: false,
        securityLevel: 'strict',
        suppressErrorRendering: true,
        ...themeConfig(theme),
        ...(font ? { fontFamily: font } : {}),
        // Plans of a few thousand items make long texts and many links: let them through.
        maxTextSize: 5_000_000,
        maxEdges: 20_000,
        gantt: {
            useMaxWidth: false,
            barHeight: 24,
            barGap: 6,
            topPadding: 56,
            gridLineStartPadding: 40,
            fontSize: GANTT_FONT_SIZE,
            sectionFontSize: GANTT_FONT_SIZE,
            numberSectionStyles: 4,
        },
        flowchart: { useMaxWidth: false, htmlLabels: true, nodeSpacing: 40, rankSpacing: 56, padding: 12 },
        // The budget S-curve and the stakeholder grid: their natural size, which the view zooms.
        xyChart: { useMaxWidth: false, width: 760, height: 420 },
        quadrantChart: { useMaxWidth: false, chartWidth: 520, chartHeight: 520 },
    };
}

function initialize(theme: Theme): void {
    if (initializedFor !== theme) {
        mermaid.initialize(previewMermaidConfig(theme, fontFamily()));
        initializedFor = theme;
    }
}

export interface Rendered {
    /** The SVG element's id, which also prefixes the ids of the bars and nodes inside it. */
    readonly id: string;
    readonly svg: string;
}

/** Renders so far, per chart: the SVG ids stay unique, and say how often each chart was drawn. */
const renderCounts = new Map<string, number>();

/** Renders Mermaid text as an SVG string (sanitised by Mermaid under `securityLevel: 'strict'`). */
export async function renderMermaid(kind: string, text: string, theme: Theme): Promise<Rendered> {
    initialize(theme);
    const count = (renderCounts.get(kind) ?? 0) + 1;
    renderCounts.set(kind, count);
    const id = `proj-${kind}-${count}`;
    try {
        const { svg } = await mermaid.render(id, text);
        return { id, svg };
    } finally {
        // Mermaid measures in a scratch element; make sure none is left behind after a failure.
        document.getElementById(`d${id}`)?.remove();
    }
}

/**
 * A Gantt chart wide enough to read: Mermaid otherwise fits the whole plan into the window, which
 * squeezes a plan of a year into a few pixels a day. Sized per chart in a front-matter config.
 * (Mermaid accepts these keys from a diagram; the security settings it takes from `initialize` only.)
 */
export function sizedGantt(text: string, days: number, minimumWidth: number, bars: number): string {
    const sections = [...text.matchAll(/^\s*section (.*)$/gm)].map(match => match[1].replace(/#\d+;/g, '_').length);
    const leftPadding = Math.round(Math.min(320, Math.max(90, Math.max(0, ...sections) * GANTT_FONT_SIZE * 0.62 + 24)));
    const rightPadding = 90;
    const pixelsPerDay = days > 400 ? 6 : days > 150 ? 10 : 14;
    const width = Math.round(Math.min(30_000, Math.max(minimumWidth, leftPadding + rightPadding + days * pixelsPerDay)));
    // A tall chart gets its dates along the top too.
    const topAxis = bars > 24;
    return `---\nconfig:\n  gantt:\n    useWidth: ${width}\n    leftPadding: ${leftPadding}\n    rightPadding: ${rightPadding}\n    topAxis: ${topAxis}\n---\n${text}`;
}

/** The Gantt chart's Mermaid text for a model, widened to a readable number of pixels a day. */
export function ganttMermaidFor(model: PreviewModel, availableWidth: number): string | undefined {
    if (!model.gantt) {
        return undefined;
    }
    const start = Date.parse(model.project?.start ?? '');
    const end = Math.max(Date.parse(model.project?.finish ?? ''), Date.parse(model.project?.status ?? '') || 0);
    const days = Number.isFinite(start) && Number.isFinite(end) ? (end - start) / 86_400_000 + 3 : 60;
    return sizedGantt(model.gantt.mermaid, days, Math.max(600, availableWidth), model.gantt.bars.length);
}
