// The shell of Proj's self-contained HTML pages (the plan export and the status report): one
// document that loads nothing, under a CSP that lets only its own nonced scripts run, with the
// preview's chart renderer inlined (out/charts.js: Mermaid in strict security, and Proj's Gantt
// picture), which draws the charts from the data the page carries.
import { randomBytes } from 'node:crypto';
import { CHARTS_DATA_ID, type ExportedCharts } from '../../client/webview/exported-charts.js';

/** The renderer the pages inline: the build's out/charts.js and media/charts.css. */
export interface ChartRenderer {
    readonly script: string;
    readonly style: string;
}

export interface HtmlPageOptions {
    readonly renderer: ChartRenderer;
    /** The nonce the page's scripts carry; a fresh random one by default. */
    readonly nonce?: string;
    /** Named in the page's metadata and footer, e.g. `proj 0.1.0`. */
    readonly generator?: string;
}

/** A page whose charts are in its markup already (inline SVG): it inlines no renderer and runs no script. */
export type StaticPageOptions = Omit<HtmlPageOptions, 'renderer' | 'nonce'>;

export interface HtmlPageParts {
    /** Plain text. */
    readonly title: string;
    readonly style: string;
    /** What the renderer draws the charts from; a static page has none. */
    readonly charts?: ExportedCharts;
    /** Markup: the header's content, and the main content. */
    readonly header: readonly string[];
    readonly main: readonly string[];
    /** Plain text. */
    readonly footer?: string;
}

/** Text made safe anywhere in HTML: in elements and in quoted attribute values. */
export function escapeHtml(text: string): string {
    return text.replace(/[&<>"']/g, character => `&#${character.charCodeAt(0)};`);
}

/** A script's text made safe inside `<script>`: nothing in it may end the element early. */
export function scriptText(script: string): string {
    // `<\/script` means the same as `</script` in JavaScript strings, templates and regexes.
    return script.replace(/<\/(script)/gi, '<\\/$1');
}

/** Data for a `<script type="application/json">`: nothing in it can end the element or open a comment. */
export function jsonScriptText(data: unknown): string {
    return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** The style of the exported pages: light and dark, print-friendly. */
export const PAGE_STYLE = `
:root {
    color-scheme: light dark;
    --text: #1f2328; --muted: #59636e; --background: #ffffff; --surface: #f6f8fa;
    --border: #d1d9e0; --critical: #d1242f; --accent: #0969da;
}
@media (prefers-color-scheme: dark) {
    :root {
        --text: #e6edf3; --muted: #9198a1; --background: #0d1117; --surface: #151b23;
        --border: #3d444d; --critical: #ff7b72; --accent: #4493f8;
    }
}
/* The charts take the page's colours, as they take VS Code's in the preview (media/charts.css). */
body {
    --vscode-editor-background: var(--surface); --vscode-editor-foreground: var(--text);
    --vscode-descriptionForeground: var(--muted); --vscode-font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
}
* { box-sizing: border-box; }
body {
    margin: 0; padding: 2rem clamp(1rem, 4vw, 3rem); color: var(--text); background: var(--background);
    font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
}
main, header, footer { max-width: 80rem; margin: 0 auto; }
h1 { font-size: 1.9rem; margin: 0 0 0.25rem; line-height: 1.25; overflow-wrap: anywhere; }
h2 { font-size: 1.35rem; margin: 2.5rem 0 0.75rem; padding-bottom: 0.3rem; border-bottom: 1px solid var(--border); }
code { font: 0.9em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.project-id { color: var(--muted); margin: 0; }
.summary { display: grid; grid-template-columns: max-content 1fr; gap: 0.35rem 1.5rem; margin: 1.5rem 0 0; }
.summary dt { font-weight: 600; }
.summary dd { margin: 0; overflow-wrap: anywhere; }
.missed { color: var(--critical); }
.chart { overflow-x: auto; margin: 0; padding: 1rem; background: var(--surface); border: 1px solid var(--border); border-radius: 6px; }
.proj-gantt-frame { overflow: auto; max-height: 85vh; }
.notice { color: var(--muted); font-style: italic; }
table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
th, td { padding: 0.4rem 0.75rem; border-bottom: 1px solid var(--border); text-align: left; vertical-align: top; }
th { background: var(--surface); font-weight: 600; }
td.number, th.number { text-align: right; }
td.name { overflow-wrap: anywhere; }
td.date { white-space: nowrap; }
tr.critical td:first-child { color: var(--critical); font-weight: 700; }
.table-wrap { overflow-x: auto; }
.legend, footer { color: var(--muted); font-size: 0.9rem; }
footer { margin-top: 3rem; }
@media print {
    body { padding: 0; }
    .chart { border: none; padding: 0; overflow: visible; }
}
`;

/** A whole page: the caller's markup in a shell that escapes every plain-text part. */
export function htmlPage(options: HtmlPageOptions | StaticPageOptions, parts: HtmlPageParts): string {
    const renderer = 'renderer' in options ? options.renderer : undefined;
    const nonce = 'nonce' in options && options.nonce !== undefined ? options.nonce : randomBytes(18).toString('base64');
    // Without a renderer no script may run at all.
    const csp = `default-src 'none'; ${renderer ? `script-src 'nonce-${nonce}'; ` : ''}style-src 'unsafe-inline'; img-src data:`;
    return [
        '<!DOCTYPE html>',
        '<html lang="en">',
        '<head>',
        '<meta charset="utf-8">',
        // The policy holds no text from the plan, and the nonce is base64: no escaping needed.
        `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        ...(options.generator ? [`<meta name="generator" content="${escapeHtml(options.generator)}">`] : []),
        `<title>${escapeHtml(parts.title)}</title>`,
        `<style>${renderer ? `${renderer.style}\n` : ''}${parts.style}</style>`,
        '</head>',
        '<body>',
        '<header>',
        ...parts.header,
        '</header>',
        '<main>',
        ...parts.main,
        '</main>',
        ...(parts.footer ? [`<footer>${escapeHtml(parts.footer)}</footer>`] : []),
        ...(renderer ? [
            `<script type="application/json" id="${CHARTS_DATA_ID}">${jsonScriptText(parts.charts ?? {})}</script>`,
            `<script nonce="${nonce}">${scriptText(renderer.script)}</script>`,
        ] : []),
        '</body>',
        '</html>',
        '',
    ].join('\n');
}
