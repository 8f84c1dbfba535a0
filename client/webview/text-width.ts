/// <reference lib="dom" />
// How wide a text will be drawn, before it is drawn: charts lay out their margins and choose their
// ticks from it, so that labels neither overlap nor run off the edge. A canvas measures in the same
// font engine as the SVG text it stands for, and works while the chart's tab is hidden.

export interface Font {
    readonly size: number;
    readonly family: string;
    readonly weight?: 'normal' | 'bold';
}

/** Width in pixels of a text in a font. */
export type TextWidth = (text: string, font: Font) => number;

let context: CanvasRenderingContext2D | null | undefined;

export const canvasTextWidth: TextWidth = (text, font) => {
    context ??= document.createElement('canvas').getContext('2d');
    if (!context) {
        // No canvas (never in a browser): a generous estimate for a proportional font.
        return text.length * font.size * 0.62;
    }
    const size = `${font.weight ?? 'normal'} ${font.size}px`;
    // A family the canvas cannot parse leaves the font as it was: then it measures in the generic
    // family at the right size, not in the last font.
    context.font = `${size} sans-serif`;
    context.font = `${size} ${font.family}`;
    return context.measureText(text).width;
};

/** The widths of texts in one font, cached: a chart measures the same labels at every redraw. */
export function textMeasure(size: number, family: string): (text: string) => number {
    const key = `${size}px ${family}`;
    let widths = measured.get(key);
    if (!widths) {
        measured.set(key, widths = new Map());
    }
    const cache = widths;
    return text => {
        let width = cache.get(text);
        if (width === undefined) {
            cache.set(text, width = canvasTextWidth(text, { size, family }));
        }
        return width;
    };
}

const measured = new Map<string, Map<string, number>>();
