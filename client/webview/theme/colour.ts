// Colours as numbers: parsing what CSS gives back, mixing, and WCAG 2 contrast, so that the charts
// can take the editor theme's colours and still guarantee that bars stand out from the background
// and text reads on it. Pure: no DOM, so that it runs in tests, the webview and the export pages.

export interface Rgb {
    readonly r: number;
    readonly g: number;
    readonly b: number;
}

const clampByte = (value: number) => Math.min(255, Math.max(0, Math.round(value)));

/**
 * A colour from `#rgb`, `#rrggbb`, `#rrggbbaa` or `rgb()`/`rgba()` text (what `getComputedStyle`
 * and VS Code's theme variables give). Alpha is dropped: callers mix over their own background.
 */
export function parseColour(text: string | undefined): Rgb | undefined {
    const value = text?.trim().toLowerCase() ?? '';
    const hex = /^#([0-9a-f]{3,8})$/.exec(value)?.[1];
    if (hex && (hex.length === 3 || hex.length === 4)) {
        const [r, g, b] = [...hex].map(digit => Number.parseInt(digit + digit, 16));
        return { r, g, b };
    }
    if (hex && (hex.length === 6 || hex.length === 8)) {
        return { r: Number.parseInt(hex.slice(0, 2), 16), g: Number.parseInt(hex.slice(2, 4), 16), b: Number.parseInt(hex.slice(4, 6), 16) };
    }
    const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(value);
    if (rgb) {
        return { r: clampByte(Number(rgb[1])), g: clampByte(Number(rgb[2])), b: clampByte(Number(rgb[3])) };
    }
    return undefined;
}

export function hex(colour: Rgb): string {
    return `#${[colour.r, colour.g, colour.b].map(channel => clampByte(channel).toString(16).padStart(2, '0')).join('')}`;
}

/** `share` of `a` and the rest of `b`, channel by channel. */
export function mix(a: Rgb, b: Rgb, share: number): Rgb {
    return { r: clampByte(a.r * share + b.r * (1 - share)), g: clampByte(a.g * share + b.g * (1 - share)), b: clampByte(a.b * share + b.b * (1 - share)) };
}

/** WCAG 2 relative luminance. */
export function luminance(colour: Rgb): number {
    const linear = (channel: number) => {
        const value = channel / 255;
        return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * linear(colour.r) + 0.7152 * linear(colour.g) + 0.0722 * linear(colour.b);
}

/** WCAG 2 contrast ratio, from 1 to 21. */
export function contrast(a: Rgb, b: Rgb): number {
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (light + 0.05) / (dark + 0.05);
}

export const isDark = (colour: Rgb) => luminance(colour) < 0.2;

const WHITE: Rgb = { r: 255, g: 255, b: 255 };
const BLACK: Rgb = { r: 0, g: 0, b: 0 };

/**
 * `colour`, or the nearest shade of it (towards black on a light background, white on a dark one)
 * that has at least `ratio` contrast against `background`.
 */
export function withContrast(colour: Rgb, background: Rgb, ratio: number): Rgb {
    if (contrast(colour, background) >= ratio) {
        return colour;
    }
    const towards = isDark(background) ? WHITE : BLACK;
    // Contrast grows with the share of the far end: find the smallest share that is enough.
    let [low, high] = [0, 1];
    for (let step = 0; step < 12; step++) {
        const middle = (low + high) / 2;
        if (contrast(mix(towards, colour, middle), background) >= ratio) {
            high = middle;
        } else {
            low = middle;
        }
    }
    return mix(towards, colour, high);
}
