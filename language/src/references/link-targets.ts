import { AstUtils, isReference, type AstNode, type LangiumDocument } from 'langium';

/** What a document's linked references point into. */
export interface LinkTargets {
    /** The documents, by URI (the document itself among them when it references its own nodes). */
    readonly uris: ReadonlySet<string>;
    /** Their syntax trees: a tree is new whenever its document is parsed again. */
    readonly trees: ReadonlySet<AstNode>;
    /** Whether some reference found nothing. */
    readonly unresolved: boolean;
}

const targetsByReferences = new WeakMap<object, LinkTargets & { readonly count: number }>();

/**
 * What a document's references point into, worked out once per linking: Langium remakes a
 * document's list of references when it links it again, and only adds to it while linking.
 */
export function linkTargetsOf(document: LangiumDocument): LinkTargets {
    const references = document.references;
    let targets = targetsByReferences.get(references);
    if (!targets || targets.count !== references.length) {
        const uris = new Set<string>();
        const trees = new Set<AstNode>([document.parseResult.value]);
        let unresolved = false;
        let lastUri: unknown;
        for (const reference of references) {
            unresolved ||= reference.error !== undefined;
            if (!isReference(reference)) {
                continue;
            }
            // Descriptions share their document's URI: most references point where the one before did.
            const description = reference.$nodeDescription;
            if (!description || description.documentUri === lastUri) {
                continue;
            }
            lastUri = description.documentUri;
            uris.add(description.documentUri.toString());
            // Only references linked already are listed: reading `ref` resolves nothing new.
            const target = reference.ref;
            if (target) {
                trees.add(AstUtils.findRootNode(target));
            }
        }
        targetsByReferences.set(references, targets = { uris, trees, unresolved, count: references.length });
    }
    return targets;
}
