// The tornado's geometry, without a browser: every text inside the chart and clear of the others
// and of the bars, a bar as long as its correlation and on its side of the centre line, names cut
// to their column with an ellipsis rather than run into the bars.
import { describe, expect, test } from 'vitest';
import { tornadoLayout, type TornadoDriver, type TornadoLayout } from '../../client/webview/tornado-layout.js';
import { overlaps, type Box } from './support/gantt-geometry.js';

/** A proportional font's widths, near enough: what the canvas gives for the preview's 12 px text. */
const textWidth = (text: string, font: { size: number }) => text.length * font.size * 0.6;

const DRIVERS: TornadoDriver[] = [
    { id: 'fitout', name: 'Fit-out of the third floor, its meeting rooms and the kitchen', kind: 'task', sensitivity: 0.82 },
    { id: 'supplier', name: 'Supplier delivers the furniture late', kind: 'risk', sensitivity: 0.41 },
    { id: 'survey', kind: 'task', sensitivity: -0.12 },
    { id: 'a-task-with-a-very-long-id-indeed-that-goes-on', kind: 'task', sensitivity: 0.05 },
];

type Labelled = Box & { readonly what: string };

function boxes(layout: TornadoLayout): Labelled[] {
    const text = (label: { text: string; x: number; y: number; anchor: string }, size: number): Labelled => {
        const width = textWidth(label.text, { size });
        const left = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - width : label.x - width / 2;
        return { left, right: left + width, top: label.y - size * 0.8, bottom: label.y + size * 0.2, what: label.text };
    };
    return [
        text(layout.title, layout.titleFont.size),
        ...layout.note.map(line => text(line, layout.font.size)),
        ...layout.ends.map(end => text(end, layout.font.size)),
        ...layout.rows.flatMap(row => [
            // The id and its kind are one label.
            { ...text(row.id, layout.font.size), right: text(row.kind, layout.font.size).right, what: `${row.id.text} ${row.kind.text}` },
            ...(row.name ? [text(row.name, layout.font.size)] : []),
            text(row.value, layout.font.size),
            { left: row.bar.x, right: row.bar.x + row.bar.width, top: row.bar.y, bottom: row.bar.y + row.bar.height, what: `bar of ${row.driver.id}` },
        ]),
    ];
}

const overlapping = (all: Labelled[]) => all.flatMap((a, index) => all.slice(index + 1).filter(b => overlaps(a, b)).map(b => `${a.what} | ${b.what}`));

describe('the tornado\'s layout', () => {
    test.each([320, 626, 1200])('at %i px: every text and bar inside the chart, none over another, text 12 px or more', width => {
        const layout = tornadoLayout(DRIVERS, { width, fontFamily: 'sans-serif', textWidth });
        const all = boxes(layout);
        expect(overlapping(all)).toEqual([]);
        expect(all.filter(box => box.left < 0 || box.right > width || box.top < 0 || box.bottom > layout.height).map(box => box.what)).toEqual([]);
        expect(layout.font.size).toBeGreaterThanOrEqual(12);
    });

    test('a bar is as long as its correlation, right of the centre line when it lengthens the finish, left when it shortens it', () => {
        const layout = tornadoLayout(DRIVERS, { width: 626, fontFamily: 'sans-serif', textWidth });
        const [fitout, supplier, survey] = layout.rows;
        expect(fitout.bar.x).toBe(layout.centre.x);
        expect(survey.bar.x + survey.bar.width).toBeCloseTo(layout.centre.x, 6);
        expect(fitout.bar.width / supplier.bar.width).toBeCloseTo(0.82 / 0.41, 6);
        expect(fitout.bar.width / survey.bar.width).toBeCloseTo(0.82 / 0.12, 6);
        expect(layout.rows.map(row => row.value.text)).toEqual(['0.82', '0.41', '−0.12', '0.05']);
    });

    test('a long name or id is cut to its column with an ellipsis, the whole name kept for the tooltip', () => {
        const layout = tornadoLayout(DRIVERS, { width: 626, fontFamily: 'sans-serif', textWidth });
        const [fitout, , survey, long] = layout.rows;
        expect(fitout.name!.text).toMatch(/…$/);
        expect(fitout.fullName).toBe(DRIVERS[0].name);
        expect(DRIVERS[0].name!.startsWith(fitout.name!.text.slice(0, -1))).toBe(true);
        expect(survey.name).toBeUndefined();
        expect(long.id.text).toMatch(/^a-task-with.*…$/);
    });
});
