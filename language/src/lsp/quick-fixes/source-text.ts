import type { LangiumDocument } from 'langium';
import type { Range, TextEdit } from 'vscode-languageserver';

/** Offsets into a document's text, and the text edits quick fixes build from them. */
export class SourceText {
    readonly text: string;

    constructor(private readonly document: LangiumDocument) {
        this.text = document.textDocument.getText();
    }

    /** The line break the document uses. */
    get eol(): string {
        return this.text.includes('\r\n') ? '\r\n' : '\n';
    }

    offsetAt(position: Range['start']): number {
        return this.document.textDocument.offsetAt(position);
    }

    rangeOf(start: number, end: number): Range {
        return { start: this.document.textDocument.positionAt(start), end: this.document.textDocument.positionAt(end) };
    }

    textOf(range: Range): string {
        return this.text.slice(this.offsetAt(range.start), this.offsetAt(range.end));
    }

    replace(start: number, end: number, newText: string): TextEdit {
        return { range: this.rangeOf(start, end), newText };
    }

    insert(at: number, newText: string): TextEdit {
        return this.replace(at, at, newText);
    }

    lineStart(offset: number): number {
        return this.text.lastIndexOf('\n', offset - 1) + 1;
    }

    /** The offset of the line break ending the line of `offset` (the text's length on the last line). */
    lineEnd(offset: number): number {
        const newline = this.text.indexOf('\n', offset);
        const end = newline < 0 ? this.text.length : newline;
        return end > offset && this.text[end - 1] === '\r' ? end - 1 : end;
    }

    /** The spaces and tabs that start the line of `offset`. */
    indentationAt(offset: number): string {
        const start = this.lineStart(offset);
        return /^[ \t]*/.exec(this.text.slice(start, this.lineEnd(start)))![0];
    }

    /** Whether only spaces and tabs stand between the start of its line and `offset`. */
    startsItsLine(offset: number): boolean {
        return /^[ \t]*$/.test(this.text.slice(this.lineStart(offset), offset));
    }

    /**
     * Deletes `start`–`end` (a statement or clause) with the spaces around it, leaving the rest
     * of the line as it was: a line that holds nothing else goes as a whole; otherwise the space
     * after it goes (or, at the end of its line, the space before it), so that the words around
     * it stay one space apart.
     */
    deletion(start: number, end: number): TextEdit {
        const lineStart = this.lineStart(start);
        const lineEnd = this.lineEnd(end);
        const before = this.text.slice(lineStart, start);
        const after = this.text.slice(end, lineEnd);
        if (/^[ \t]*$/.test(before) && /^[ \t]*$/.test(after)) {
            if (lineEnd < this.text.length) {
                const next = this.text.startsWith('\r\n', lineEnd) ? lineEnd + 2 : lineEnd + 1;
                return this.replace(lineStart, next, '');
            }
            // The last line of the text: take the line break before it instead, if there is one.
            return this.replace(lineStart > 0 ? this.lineEnd(lineStart - 1) : lineStart, lineEnd, '');
        }
        const spacesAfter = /^[ \t]*/.exec(after)![0].length;
        if (spacesAfter < after.length) {
            return this.replace(start, end + spacesAfter, '');
        }
        const spacesBefore = /[ \t]*$/.exec(before)![0].length;
        return this.replace(start - spacesBefore, end, '');
    }
}
