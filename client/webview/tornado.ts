/// <reference lib="dom" />
// The Risk analysis tab's tornado, drawn by the preview in SVG at the width of the pane
// (tornado-layout.ts places everything), beneath the finish histogram, in the preview and in the
// exported SVG alike. What lengthens the finish in the critical colour, what shortens it in the
// earned-value colour; each id reveals its task or risk, as the other tabs' ids do.
import { chartRoot, chartText, crisp } from './chart-text.js';
import { svgElement } from './svg.js';
import type { TextWidth } from './text-width.js';
import type { ChartPalette } from './theme/chart-palette.js';
import { tornadoLayout, type TornadoDriver, type TornadoRow } from './tornado-layout.js';

const DESCRIPTION = 'Schedule risk: the tasks and risks whose draws move the project\'s finish most';

export function tornadoSvg(drivers: readonly TornadoDriver[], look: { readonly width: number; readonly palette: ChartPalette; readonly textWidth: TextWidth }): SVGSVGElement {
    const layout = tornadoLayout(drivers, { width: look.width, fontFamily: look.palette.fontFamily, textWidth: look.textWidth });
    const palette = look.palette;
    const x = crisp(layout.centre.x);
    return chartRoot(layout, palette, { className: 'proj-tornado', description: DESCRIPTION, labelled: true },
        chartText(layout.title, palette.text, { className: 'proj-chart-title', font: layout.titleFont }),
        ...layout.note.map(line => chartText(line, palette.muted, { className: 'proj-chart-note' })),
        ...layout.ends.map(end => chartText(end, palette.muted, { className: 'proj-tick-label' })),
        svgElement('line', { class: 'proj-axis-line', x1: x, x2: x, y1: layout.centre.top, y2: layout.centre.bottom, stroke: palette.muted, 'stroke-width': 1 }),
        ...layout.rows.map(row => rowGroup(row, palette)),
    );
}

function rowGroup(row: TornadoRow, palette: ChartPalette): SVGGElement {
    const { driver } = row;
    const id = chartText(row.id, palette.text, { className: 'proj-tornado-id proj-target' });
    id.setAttribute('data-proj-id', driver.id);
    id.setAttribute('tabindex', '0');
    id.setAttribute('role', 'button');
    id.setAttribute('aria-label', `Reveal ${driver.id} in the plan`);
    return svgElement('g', { 'class': 'proj-tornado-row', 'data-id': driver.id, 'data-kind': driver.kind, 'data-sensitivity': driver.sensitivity },
        svgElement('title', {}, `${driver.id} (${driver.kind})${row.fullName ? `: ${row.fullName}` : ''}, correlation ${driver.sensitivity.toFixed(2)}`),
        id,
        chartText(row.kind, palette.muted, { className: 'proj-tornado-kind' }),
        ...(row.name ? [chartText(row.name, palette.text, { className: 'proj-tornado-name' })] : []),
        svgElement('rect', {
            class: 'proj-tornado-bar', ...row.bar, fill: driver.sensitivity >= 0 ? palette.critical : palette.series.earned,
        }),
        chartText(row.value, palette.text, { className: 'proj-tornado-value' }),
    );
}
