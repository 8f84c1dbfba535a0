import type { Range } from 'vscode-languageserver-types';

/**
 * A snippet with the ranges a test expects marked as `<|text|>`: returns the plain text and the
 * marked ranges in order, so a test reads as "this diagnostic, on this text".
 */
export function marked(source: string): { text: string; ranges: Range[] } {
    const ranges: Range[] = [];
    let text = '';
    let line = 0;
    let character = 0;
    let open: { line: number; character: number } | undefined;
    for (let i = 0; i < source.length; i++) {
        if (source.startsWith('<|', i)) {
            open = { line, character };
            i++;
        } else if (source.startsWith('|>', i) && open) {
            ranges.push({ start: open, end: { line, character } });
            open = undefined;
            i++;
        } else {
            text += source[i];
            if (source[i] === '\n') {
                line++;
                character = 0;
            } else {
                character++;
            }
        }
    }
    return { text, ranges };
}
