import { expectHover } from 'langium/test';
import type { ProjServices } from '../../language/src/proj-module.js';

/** The hover's Markdown at the first occurrence of `marker` in `text`. */
export async function hoverTextAt(services: ProjServices, text: string, marker: string): Promise<string> {
    const index = text.indexOf(marker);
    let content = '';
    const hover = expectHover(services);
    // expectHover checks the hover against a pattern; capture the text by matching anything.
    const pattern = { test: (value: string) => { content = value; return true; } } as unknown as RegExp;
    await hover({ text: text.slice(0, index) + '<|>' + text.slice(index), index: 0, hover: pattern });
    return content;
}
