/**
 * Text from a plan made safe inside Mermaid source: every character that Mermaid's grammars give
 * a meaning to (`:` `;` `#` quotes, brackets, pipes) or that HTML does (`<` `>` `&`) is written as
 * a Mermaid entity (`#58;`), which Mermaid turns into an HTML character reference in the SVG, so
 * it shows as written and is never markup. Line breaks become spaces. Mermaid draws `$$…$$` as
 * maths, after its sanitiser has turned any entity back into `$`: an invisible word joiner
 * (U+2060) between two dollars keeps them text.
 */
export function mermaidText(text: string): string {
    return text.replace(/[\r\n\t]+/g, ' ').replace(/\$(?=\$)/g, '$\u2060')
        .replace(/[:;#<>&"'`[\](){}|\\%=,]/g, character => `#${character.charCodeAt(0)};`);
}

/** An id that Mermaid takes as a plain name: plan ids are `[A-Za-z_]\w*`, but may be Mermaid keywords (`end`, `done`). */
export function mermaidId(prefix: string, id: string): string {
    return `${prefix}_${id.replace(/[^\w]/g, '_')}`;
}
