// The charts' colours come from the editor theme, whatever it is, and still meet WCAG: marks at
// 3:1 against the background, text at 4.5:1. Checked for the four kinds of theme, and for a theme
// whose chart colours would fail as given.
import { describe, expect, test } from 'vitest';
import { contrast, parseColour, withContrast } from '../../client/webview/theme/colour.js';
import { chartPalette, type ThemeKind } from '../../client/webview/theme/chart-palette.js';

const KINDS: readonly ThemeKind[] = ['light', 'dark', 'high-contrast', 'high-contrast-light'];
const ratio = (a: string, b: string) => contrast(parseColour(a)!, parseColour(b)!);

describe('the chart palette', () => {
    test.each(KINDS)('%s: every mark at 3:1 and every text at 4.5:1 against the background; critical is not a signal red', kind => {
        const palette = chartPalette(kind);
        for (const mark of [palette.critical, palette.normal, palette.done, palette.milestone, palette.phase, palette.link, palette.status,
            palette.series.planned, palette.series.earned, palette.series.actual]) {
            expect(ratio(mark, palette.background), mark).toBeGreaterThanOrEqual(3);
        }
        for (const text of [palette.text, palette.muted]) {
            expect(ratio(text, palette.background)).toBeGreaterThanOrEqual(4.5);
        }
        expect(palette.critical).not.toBe('#ff0000');
        // Each meaning its own colour.
        expect(new Set([palette.critical, palette.normal, palette.done, palette.milestone, palette.phase]).size).toBe(5);
    });

    test('a theme\'s colours are used, and made readable where they are not', () => {
        const palette = chartPalette('dark', { background: '#202020', foreground: '#404040', blue: '#252560', red: 'not a colour' });
        expect(palette.background).toBe('#202020');
        expect(ratio(palette.text, '#202020')).toBeGreaterThanOrEqual(7);
        expect(ratio(palette.normal, '#202020')).toBeGreaterThanOrEqual(3);
        // An unreadable colour falls back to the kind's own.
        expect(palette.critical).toBe(chartPalette('dark', { background: '#202020' }).critical);
    });

    test('colours from CSS text, and the nearest shade with enough contrast', () => {
        expect(parseColour('#fff')).toEqual({ r: 255, g: 255, b: 255 });
        expect(parseColour('rgb(30, 30, 30)')).toEqual({ r: 30, g: 30, b: 30 });
        expect(parseColour('rgba(1,2,3,0.5)')).toEqual({ r: 1, g: 2, b: 3 });
        expect(parseColour('var(--x)')).toBeUndefined();
        expect(contrast(parseColour('#000')!, parseColour('#fff')!)).toBeCloseTo(21, 5);
        const white = parseColour('#ffffff')!;
        expect(contrast(withContrast(parseColour('#ffff00')!, white, 4.5), white)).toBeGreaterThanOrEqual(4.5);
    });
});
