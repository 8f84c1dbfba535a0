import type { ReferenceDescription } from 'langium';
import { UriUtils } from 'langium';
import { DefaultDocumentHighlightProvider } from 'langium/lsp';
import { DocumentHighlight, DocumentHighlightKind } from 'vscode-languageserver';

/**
 * Highlights an element's declaration and its references in the file, as Langium does, and tells
 * them apart: the declaration is a write (it defines the id), each reference a read.
 */
export class ProjDocumentHighlightProvider extends DefaultDocumentHighlightProvider {
    protected override createDocumentHighlight(reference: ReferenceDescription): DocumentHighlight {
        const declaration = reference.sourcePath === reference.targetPath && UriUtils.equals(reference.sourceUri, reference.targetUri);
        return DocumentHighlight.create(reference.segment.range, declaration ? DocumentHighlightKind.Write : DocumentHighlightKind.Read);
    }
}
