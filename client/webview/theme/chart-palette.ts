/// <reference lib="dom" />
// The charts' one colour scheme, drawn from the editor theme: media/charts.css names VS Code's
// colours (editor background and foreground, charts.red, charts.blue…) with a fallback for each
// theme kind, and this turns them into what each mark means. Bars keep 3:1 against the background
// and text 4.5:1 (WCAG 2.1 non-text and AA contrast) whatever the theme. The result is plain hex,
// written into the SVG as attributes, so that an exported chart keeps its colours.
import { contrast, hex, isDark, mix, parseColour, withContrast, type Rgb } from './colour.js';

export type ThemeKind = 'light' | 'dark' | 'high-contrast' | 'high-contrast-light';

export interface ChartPalette {
    readonly kind: ThemeKind;
    readonly dark: boolean;
    readonly background: string;
    /** Text: labels, ticks, legend. */
    readonly text: string;
    /** Secondary text and thin lines that must still be seen. */
    readonly muted: string;
    /** Critical work, critical links and the critical chain. */
    readonly critical: string;
    /** Work that is not critical. */
    readonly normal: string;
    /** Work done: a finished bar, and the done share of a bar in progress. */
    readonly done: string;
    readonly milestone: string;
    /** Summary bars of phases. */
    readonly phase: string;
    /** Work of another plan (its dashed outline; the bar is hollow). */
    readonly elsewhere: string;
    /** Links that are not critical. */
    readonly link: string;
    /** The status date. */
    readonly status: string;
    /** Baseline bars. */
    readonly baseline: string;
    /** Days off (weekends, holidays) behind the bars. */
    readonly dayOff: string;
    /** Alternate row bands. */
    readonly band: string;
    readonly grid: string;
    /** Outlines of bars; the background colour where the theme draws none. */
    readonly outline: string;
    /** The budget S-curve's lines. */
    readonly series: { readonly planned: string; readonly earned: string; readonly actual: string };
    readonly fontFamily: string;
}

/** The kind of theme VS Code marks the body with; light outside VS Code. */
export function themeKindOf(body: HTMLElement): ThemeKind {
    const classes = body.classList;
    if (classes.contains('vscode-high-contrast-light')) {
        return 'high-contrast-light';
    }
    if (classes.contains('vscode-high-contrast')) {
        return 'high-contrast';
    }
    return classes.contains('vscode-dark') ? 'dark' : 'light';
}

/** What media/charts.css sets, by name, for a theme kind when nothing else does (tests pass these). */
export type ThemeColours = Readonly<Record<'background' | 'foreground' | 'muted' | 'red' | 'blue' | 'green' | 'orange' | 'purple' | 'border', string>> & { readonly font?: string };

const FALLBACK_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** The theme's colours as media/charts.css resolves them on `body`. */
export function themeColoursOf(body: HTMLElement): ThemeColours {
    const style = getComputedStyle(body);
    const read = (name: string) => style.getPropertyValue(`--proj-chart-${name}`).trim();
    return {
        background: read('background'), foreground: read('foreground'), muted: read('muted'), red: read('red'), blue: read('blue'),
        green: read('green'), orange: read('orange'), purple: read('purple'), border: read('border'), font: read('font'),
    };
}

const DEFAULTS: Record<ThemeKind, ThemeColours> = {
    'light': { background: '#ffffff', foreground: '#1f2328', muted: '#59636e', red: '#e51400', blue: '#1a85ff', green: '#388a34', orange: '#d18616', purple: '#652d90', border: '' },
    'dark': { background: '#1e1e1e', foreground: '#d4d4d4', muted: '#a0a0a0', red: '#f14c4c', blue: '#3794ff', green: '#89d185', orange: '#d18616', purple: '#b180d7', border: '' },
    'high-contrast': { background: '#000000', foreground: '#ffffff', muted: '#ffffff', red: '#f14c4c', blue: '#3794ff', green: '#89d185', orange: '#d18616', purple: '#b180d7', border: '#6fc3df' },
    'high-contrast-light': { background: '#ffffff', foreground: '#000000', muted: '#000000', red: '#b5200d', blue: '#0f4a85', green: '#374e06', orange: '#8f4a00', purple: '#652d90', border: '#0f4a85' },
};

/** The palette for a theme kind from its colours; any colour missing or unreadable takes the kind's default. */
export function chartPalette(kind: ThemeKind, colours: Partial<ThemeColours> = {}): ChartPalette {
    const defaults = DEFAULTS[kind];
    const colour = (name: keyof Omit<ThemeColours, 'font'>): Rgb | undefined => parseColour(colours[name]) ?? parseColour(defaults[name]);
    const background = colour('background')!;
    const dark = isDark(background);
    const highContrast = kind === 'high-contrast' || kind === 'high-contrast-light';
    const foreground = withContrast(colour('foreground')!, background, 7);
    const text = (shade: Rgb) => hex(withContrast(shade, background, 4.5));
    // A mark must stand out from the background (3:1); outside high contrast, the theme's saturated
    // chart colours are softened a little towards the background first.
    const mark = (shade: Rgb, soften = 0.18) => hex(withContrast(highContrast ? shade : mix(background, shade, soften), background, 3));
    const faint = (share: number) => hex(mix(foreground, background, share));
    const border = parseColour(colours.border);
    return {
        kind,
        dark,
        background: hex(background),
        text: hex(foreground),
        muted: text(colour('muted')!),
        // A coral rather than a signal red: critical bars are many, and must not shout.
        critical: mark(colour('red')!, dark ? 0.2 : 0.22),
        normal: mark(colour('blue')!),
        // Finished work steps back: a grey between the background and the text.
        done: mark(mix(foreground, background, dark ? 0.42 : 0.4), 0),
        milestone: mark(colour('purple')!, 0.1),
        phase: mark(mix(foreground, background, 0.78), 0),
        elsewhere: mark(mix(foreground, background, 0.6), 0),
        link: mark(mix(foreground, background, 0.55), 0),
        status: mark(colour('orange')!, 0.05),
        baseline: mark(mix(foreground, background, 0.35), 0),
        dayOff: faint(highContrast ? 0.14 : dark ? 0.07 : 0.05),
        band: faint(highContrast ? 0 : dark ? 0.035 : 0.025),
        grid: faint(highContrast ? 0.35 : dark ? 0.14 : 0.11),
        outline: hex(border && contrast(border, background) >= 3 ? border : background),
        series: {
            planned: mark(colour('blue')!),
            earned: mark(colour('green')!, 0.08),
            actual: mark(colour('orange')!, 0.05),
        },
        fontFamily: colours.font && /^[\w\s,"'-]+$/.test(colours.font) ? colours.font : FALLBACK_FONT,
    };
}

/** The palette of the page the code runs in, from the body's theme and media/charts.css. */
export function pagePalette(body: HTMLElement = document.body): ChartPalette {
    return chartPalette(themeKindOf(body), themeColoursOf(body));
}
