/// <reference lib="dom" />
// Text widths before anything is drawn, from a canvas: the Gantt chart sizes its table, its labels'
// room and its time scale with them, so that nothing overlaps once Mermaid has drawn.
import type { MeasureText } from './gantt/time-scale.js';

let context: CanvasRenderingContext2D | null | undefined;
const caches = new Map<string, Map<string, number>>();

/** A measure of text in `size` px of `family`; widths are cached per font. */
export function textMeasure(size: number, family: string): MeasureText {
    const font = `${size}px ${family}`;
    let cache = caches.get(font);
    if (!cache) {
        caches.set(font, cache = new Map());
    }
    const widths = cache;
    return text => {
        let width = widths.get(text);
        if (width === undefined) {
            context ??= document.createElement('canvas').getContext('2d');
            if (context) {
                context.font = font;
                width = context.measureText(text).width;
            } else {
                // No canvas: a generous average width.
                width = text.length * size * 0.62;
            }
            widths.set(text, width);
        }
        return width;
    };
}
