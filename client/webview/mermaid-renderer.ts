/// <reference lib="dom" />
// Mermaid, set up once per theme for the preview and the exported pages: strict security, readable
// sizes, the chart palette's colours, no size limits that a large plan would trip. Renders text
// into an SVG string; the caller places it.
import mermaid, { type MermaidConfig } from 'mermaid';
import { chartPalette, pagePalette, themeKindOf, type ChartPalette, type ThemeKind } from './theme/chart-palette.js';

export type Theme = ThemeKind;

/** VS Code marks the webview's body with the colour theme's kind. */
export function currentTheme(): Theme {
    return themeKindOf(document.body);
}

/** What the colours of the page are, as a key that changes when any of them does. */
export function paletteKey(palette: ChartPalette = pagePalette()): string {
    return JSON.stringify(palette);
}

/** Mermaid's own theme for the diagrams Proj does not recolour (the network, the stakeholder grid). */
function themeVariables(palette: ChartPalette): Pick<MermaidConfig, 'theme' | 'themeVariables'> {
    // Gantt colours: Proj recolours every bar itself (gantt-marks.ts); these make Mermaid's own
    // drawing agree before that, and colour what Proj leaves to it.
    const gantt = {
        fontFamily: palette.fontFamily,
        sectionBkgColor: palette.background, altSectionBkgColor: palette.band, sectionBkgColor2: palette.background,
        gridColor: palette.grid, excludeBkgColor: palette.dayOff, vertLineColor: palette.status,
        taskBkgColor: palette.normal, taskBorderColor: palette.outline, activeTaskBkgColor: palette.normal, activeTaskBorderColor: palette.outline,
        critBkgColor: palette.critical, critBorderColor: palette.outline, doneTaskBkgColor: palette.done, doneTaskBorderColor: palette.outline,
        taskTextColor: palette.text, taskTextOutsideColor: palette.text, taskTextDarkColor: palette.text, taskTextLightColor: palette.text,
    };
    switch (palette.kind) {
        case 'dark':
            return { theme: 'dark', themeVariables: gantt };
        case 'high-contrast':
            return {
                theme: 'dark',
                themeVariables: {
                    ...gantt, background: '#000000', mainBkg: '#000000', primaryColor: '#000000', primaryTextColor: '#ffffff',
                    primaryBorderColor: '#ffffff', nodeBorder: '#ffffff', lineColor: '#ffffff', textColor: '#ffffff',
                },
            };
        case 'high-contrast-light':
            return {
                theme: 'default',
                themeVariables: { ...gantt, primaryBorderColor: '#000000', nodeBorder: '#000000', lineColor: '#000000', textColor: '#000000' },
            };
        default:
            return { theme: 'default', themeVariables: gantt };
    }
}

/**
 * Mermaid's settings for a palette. The preview benchmark gives plain Mermaid the same ones, so that
 * both draw the same chart. The Gantt's sizes are set per chart (gantt-layout.ts).
 */
export function previewMermaidConfig(palette: ChartPalette = chartPalette('light')): MermaidConfig {
    return {
        startOnLoad: false,
        securityLevel: 'strict',
        suppressErrorRendering: true,
        fontFamily: palette.fontFamily,
        ...themeVariables(palette),
        // Plans of a few thousand items make long texts and many links: let them through.
        maxTextSize: 5_000_000,
        maxEdges: 20_000,
        gantt: { useMaxWidth: false, numberSectionStyles: 4 },
        // The critical-path network (network/): spaced for its 13 px text, tight enough that a plan
        // of 150 items needs a few rows of the pane, not dozens.
        flowchart: { useMaxWidth: false, htmlLabels: true, nodeSpacing: 18, rankSpacing: 36, padding: 8 },
        // The stakeholder grid: its natural size, which the view zooms.
        quadrantChart: { useMaxWidth: false, chartWidth: 520, chartHeight: 520 },
    };
}

let initializedFor: string | undefined;

function initialize(palette: ChartPalette): void {
    const key = paletteKey(palette);
    if (initializedFor !== key) {
        mermaid.initialize(previewMermaidConfig(palette));
        initializedFor = key;
    }
}

export interface Rendered {
    /** The SVG element's id, which also prefixes the ids of the bars and nodes inside it. */
    readonly id: string;
    readonly svg: string;
}

/** Renders so far, per chart: the SVG ids stay unique, and say how often each chart was drawn. */
const renderCounts = new Map<string, number>();

/** Renders Mermaid text as an SVG string (sanitised by Mermaid under `securityLevel: 'strict'`) in the page's colours. */
export async function renderMermaid(kind: string, text: string, palette: ChartPalette = pagePalette()): Promise<Rendered> {
    initialize(palette);
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
 * `renderMermaid`, keeping the time it took as the `proj-mermaid` measure, so that the preview
 * benchmark can tell Mermaid's share of an update from the preview's own.
 */
export async function timedRender(kind: string, text: string, palette: ChartPalette = pagePalette()): Promise<Rendered> {
    const started = performance.now();
    const rendered = await renderMermaid(kind, text, palette);
    performance.clearMeasures('proj-mermaid');
    performance.measure('proj-mermaid', { start: started });
    return rendered;
}
