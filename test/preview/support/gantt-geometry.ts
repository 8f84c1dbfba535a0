// What the Gantt picture drew, read back from the page by geometry: each bar's and table row's box,
// each arrow's end points, each label's box and colours, the time scale's label boxes, the
// layout the picture asked Mermaid for. All in page pixels, so that tests compare what a person sees.
import type { Page } from 'playwright-core';

// The page's globals: the root tsconfig has no DOM library, and these callbacks run in the page.
declare const document: any;
declare const getComputedStyle: any;
declare const DOMPoint: any;

export interface Box {
    readonly left: number;
    readonly right: number;
    readonly top: number;
    readonly bottom: number;
}

export interface DrawnGantt {
    readonly bars: Record<string, Box & { readonly classes: string; readonly fill: string }>;
    /** The table's rows that are made: those in view, and a margin. */
    readonly rows: Record<string, Box>;
    readonly arrows: ReadonlyArray<{ readonly from: string; readonly to: string; readonly type: string; readonly link: string; readonly start: readonly [number, number]; readonly end: readonly [number, number]; readonly critical: boolean }>;
    readonly labels: ReadonlyArray<{ readonly id: string; readonly text: string; readonly fill: string; readonly halo: string; readonly fontSize: number; readonly box: Box }>;
    readonly scale: ReadonlyArray<{ readonly tier: string; readonly text: string; readonly box: Box }>;
    readonly texts: ReadonlyArray<{ readonly text: string; readonly fontSize: number }>;
    /** The colours behind the labels: row bands and days off. */
    readonly backgrounds: readonly string[];
    readonly layout: { readonly from: number; readonly to: number; readonly pxPerDay: number; readonly rowHeight: number };
    readonly view: Box;
    readonly status?: Box;
}

export async function readGantt(page: Page): Promise<DrawnGantt> {
    const drawn: unknown = await page.evaluate(() => {
        const box = (element: any) => {
            const rect = element.getBoundingClientRect();
            return { left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom };
        };
        const view = document.getElementById('proj-view-gantt');
        const chart = view.querySelector('.proj-gantt-chart svg');
        const bars: Record<string, unknown> = {};
        for (const bar of chart.querySelectorAll('rect.proj-bar[data-proj-id]')) {
            bars[bar.getAttribute('data-proj-id')] = { ...box(bar), classes: bar.getAttribute('class'), fill: getComputedStyle(bar).fill };
        }
        const rows: Record<string, unknown> = {};
        for (const row of view.querySelectorAll('.proj-gantt-table-body .proj-gantt-row[data-proj-id]')) {
            rows[row.getAttribute('data-proj-id')] = box(row);
        }
        const onScreen = (path: any, at: number) => {
            const point = path.getPointAtLength(at);
            const screen = new DOMPoint(point.x, point.y).matrixTransform(path.getScreenCTM());
            return [screen.x, screen.y];
        };
        const arrows = [...chart.querySelectorAll('path.proj-link')].map((link: any) => {
            const line = link;
            return {
                from: link.getAttribute('data-from'), to: link.getAttribute('data-to'), type: link.getAttribute('data-type'), link: link.getAttribute('data-link'),
                start: onScreen(line, 0), end: onScreen(line, line.getTotalLength()), critical: link.classList.contains('proj-link-critical'),
            };
        });
        const labels = [...chart.querySelectorAll('text[data-proj-id], .proj-link-lags text')].map((text: any) => {
            const style = getComputedStyle(text);
            return { id: text.getAttribute('data-proj-id') ?? 'lag', text: text.textContent, fill: style.fill, halo: style.stroke, fontSize: Number.parseFloat(style.fontSize), box: box(text) };
        });
        const scale = [...view.querySelectorAll('.proj-time-scale text')].map((text: any) => ({ tier: text.parentNode.getAttribute('class'), text: text.textContent, box: box(text) }));
        const texts = [...view.querySelectorAll('text, .proj-cell, .proj-gantt-legend li')]
            .filter((node: any) => node.textContent.trim() !== '')
            .map((node: any) => ({ text: node.textContent, fontSize: Number.parseFloat(getComputedStyle(node).fontSize) }));
        const backgrounds = [...new Set([...chart.querySelectorAll('rect.section, rect.exclude-range')]
            .filter((rect: any) => getComputedStyle(rect).display !== 'none')
            .map((rect: any) => getComputedStyle(rect).fill))];
        const root = view.querySelector('.proj-gantt');
        const status = chart.querySelector('rect.proj-status-line');
        return { bars, rows, arrows, labels, scale, texts, backgrounds, layout: JSON.parse(root.dataset.layout), view: box(view), status: status ? box(status) : undefined };
    });
    return drawn as DrawnGantt;
}

/** `rgb(1, 2, 3)` as numbers. */
export function rgb(colour: string): [number, number, number] {
    const match = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(colour);
    if (!match) {
        throw new Error(`Not an rgb() colour: ${colour}`);
    }
    return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** WCAG 2 contrast ratio of two CSS colours. */
export function contrastRatio(a: string, b: string): number {
    const luminance = (colour: string) => {
        const [r, g, bl] = rgb(colour).map(channel => {
            const value = channel / 255;
            return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
    };
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (light + 0.05) / (dark + 0.05);
}

export const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
export const centreY = (box: Box) => (box.top + box.bottom) / 2;
export const centreX = (box: Box) => (box.left + box.right) / 2;
