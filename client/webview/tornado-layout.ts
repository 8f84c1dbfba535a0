// Where everything of the Risk analysis tab's tornado goes, for a width: a row per driver (a task
// or a risk), its id and kind above its name on the left, a bar from a centre line (right for what
// lengthens the finish, left for what shortens it, as long as the correlation is strong) and the
// correlation on the right. Pure geometry from the drivers and a text measure, so that the rules
// (nothing overlaps, nothing runs off the edge, text never under 12 px) can be tested without drawing.
import type { ScheduleRiskView } from '../../language/src/preview/preview-protocol.js';
import type { Label } from './s-curve-layout.js';
import type { Font, TextWidth } from './text-width.js';

export type TornadoDriver = NonNullable<ScheduleRiskView['drivers']>[number];

export interface TornadoOptions {
    readonly width: number;
    readonly fontFamily: string;
    readonly textWidth: TextWidth;
}

export interface TornadoRow {
    readonly driver: TornadoDriver;
    /** `id` and its kind; the name beneath, cut to the room with an ellipsis (whole in `fullName`). */
    readonly id: Label;
    readonly kind: Label;
    readonly name?: Label;
    readonly fullName?: string;
    readonly bar: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
    readonly value: Label;
}

export interface TornadoLayout {
    readonly width: number;
    readonly height: number;
    readonly font: Font;
    readonly titleFont: Font;
    readonly title: Label;
    /** What the bars mean, in as many lines as the width needs. */
    readonly note: readonly Label[];
    readonly centre: { readonly x: number; readonly top: number; readonly bottom: number };
    /** The ends of the scale, a correlation of −1 and +1. */
    readonly ends: readonly [Label, Label];
    readonly rows: readonly TornadoRow[];
}

const FONT_SIZE = 12;
const TITLE_SIZE = 14;
const PADDING = 12;
const GAP = 10;
const LINE = 16;
const BAR_HEIGHT = 12;
const ROW_GAP = 8;
/** The labels take at most this share of the width, so that the bars keep room to be compared. */
const LABEL_SHARE = 0.4;
const NOTE = 'Rank correlation of each task\'s drawn duration, or the days each risk added, with the project\'s finish: the longer the bar, the more it moves the date.';

export function tornadoLayout(drivers: readonly TornadoDriver[], options: TornadoOptions): TornadoLayout {
    const font: Font = { size: FONT_SIZE, family: options.fontFamily };
    const titleFont: Font = { size: TITLE_SIZE, family: options.fontFamily, weight: 'bold' };
    const measure = (text: string) => options.textWidth(text, font);
    const width = options.width;
    let y = PADDING + TITLE_SIZE;
    const title: Label = { text: 'What drives the finish', x: PADDING, y, anchor: 'start' };
    const note = wrap(NOTE, width - 2 * PADDING, measure).map(text => {
        y += LINE;
        return { text, x: PADDING, y, anchor: 'start' } satisfies Label;
    });
    y += LINE;
    const endsY = y;
    y += ROW_GAP;

    const valueWidth = Math.ceil(measure('−0.00')) + GAP;
    const widest = Math.max(...drivers.map(driver => Math.max(measure(`${driver.id} ${driver.kind}`), driver.name ? measure(driver.name) : 0)));
    const labelWidth = Math.min(Math.ceil(widest), Math.floor(width * LABEL_SHARE));
    const plot = { left: PADDING + labelWidth + GAP, right: width - PADDING - valueWidth };
    const centreX = Math.round((plot.left + plot.right) / 2);
    const half = (plot.right - plot.left) / 2;
    const named = drivers.some(driver => driver.name !== undefined && driver.name !== driver.id);
    const textHeight = named ? 2 * LINE : LINE;
    const rowHeight = textHeight + ROW_GAP;
    const top = y;
    const rows = drivers.map((driver, index): TornadoRow => {
        const rowTop = top + index * rowHeight;
        const firstLine = rowTop + FONT_SIZE;
        const idText = fit(driver.id, labelWidth - measure(` ${driver.kind}`), measure);
        const fullName = driver.name !== undefined && driver.name !== driver.id ? driver.name : undefined;
        const share = Math.min(1, Math.abs(driver.sensitivity));
        const length = Math.max(1, share * half);
        const barY = rowTop + (textHeight - BAR_HEIGHT) / 2;
        return {
            driver,
            id: { text: idText, x: PADDING, y: firstLine, anchor: 'start' },
            kind: { text: driver.kind, x: PADDING + measure(`${idText} `), y: firstLine, anchor: 'start' },
            ...(fullName ? { name: { text: fit(fullName, labelWidth, measure), x: PADDING, y: firstLine + LINE, anchor: 'start' }, fullName } : {}),
            bar: { x: driver.sensitivity >= 0 ? centreX : centreX - length, y: barY, width: length, height: BAR_HEIGHT },
            value: { text: signed(driver.sensitivity), x: width - PADDING, y: barY + BAR_HEIGHT - 1, anchor: 'end' },
        };
    });
    const bottom = top + rows.length * rowHeight - ROW_GAP;
    return {
        width, height: bottom + PADDING, font, titleFont, title, note,
        centre: { x: centreX, top: top - ROW_GAP / 2, bottom },
        ends: endLabels(plot, endsY, measure),
        rows,
    };
}

/** The scale's ends, said in words where the plot is wide enough for them. */
function endLabels(plot: { readonly left: number; readonly right: number }, y: number, measure: (text: string) => number): [Label, Label] {
    const [left, right] = measure('−1 shortens') + measure('lengthens +1') + GAP <= plot.right - plot.left ? ['−1 shortens', 'lengthens +1'] : ['−1', '+1'];
    return [{ text: left, x: plot.left, y, anchor: 'start' }, { text: right, x: plot.right, y, anchor: 'end' }];
}

/** A correlation as the table writes it, with a true minus sign. */
const signed = (value: number) => (value < 0 ? `−${Math.abs(value).toFixed(2)}` : value.toFixed(2));

/** `text`, cut at a character with an ellipsis where it is wider than `room`. */
function fit(text: string, room: number, measure: (text: string) => number): string {
    if (measure(text) <= room) {
        return text;
    }
    let length = text.length;
    while (length > 1 && measure(`${text.slice(0, length)}…`) > room) {
        length--;
    }
    return `${text.slice(0, length).trimEnd()}…`;
}

/** `text` in lines no wider than `room`, broken between words. */
function wrap(text: string, room: number, measure: (text: string) => number): string[] {
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(' ')) {
        const longer = line ? `${line} ${word}` : word;
        if (line && measure(longer) > room) {
            lines.push(line);
            line = word;
        } else {
            line = longer;
        }
    }
    return line ? [...lines, line] : lines;
}
