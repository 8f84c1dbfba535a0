// Text from plans made inert in Markdown (GitHub's flavour included), and tables built from it.

/**
 * Text from a plan as literal Markdown: `&`, `<` and `>` as character references (never HTML),
 * a backslash before everything that would format, link, strike out, start math or end a table
 * cell (`\` `` ` `` `*` `_` `[` `]` `|` `~` `#` `$`), line breaks as spaces.
 */
export function markdownText(text: string): string {
    return text
        .replace(/[\r\n\t]+/g, ' ')
        .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
        .replace(/[\\`*_[\]|~#$]/g, character => `\\${character}`);
}

/** An id (`[A-Za-z_]\w*`, or a dotted path of them) as code. */
export function markdownCode(id: string): string {
    return /^[\w.]+$/.test(id) ? `\`${id}\`` : markdownText(id);
}

/**
 * A Markdown table: the header row, the alignment row, a row per row. Cells are Markdown already
 * (user text through {@link markdownText}); an empty cell stays empty.
 */
export function markdownTable(headers: readonly string[], rows: ReadonlyArray<readonly string[]>, align: ReadonlyArray<'left' | 'right'> = []): string[] {
    const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
    return [
        line(headers),
        line(headers.map((_, index) => align[index] === 'right' ? '---:' : '---')),
        ...rows.map(line),
    ];
}
