import { Cancellation, DefaultLinker, interruptAndCheck, type LangiumDocument, type Reference } from 'langium';
import { linkTargetsOf } from './link-targets.js';
import { referenceInfosOf } from './reference-infos.js';

/** How many references linking resolves between two looks at cancellation. */
const REFERENCES_BETWEEN_INTERRUPTS = 100;

/**
 * Langium's linker, over the references listed once per syntax tree (reference-infos.ts) rather
 * than a walk of the whole tree each time, and able to unlink only the references into some files:
 * a plan relinked because a plan it waits for changed resolves again only its links to that plan.
 */
export class ProjLinker extends DefaultLinker {
    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('linking')) {
            return super.link(document, cancelToken);
        }
        const infos = referenceInfosOf(document.parseResult.value);
        for (let i = 0; i < infos.length; i++) {
            if (i % REFERENCES_BETWEEN_INTERRUPTS === 0) {
                await interruptAndCheck(cancelToken);
            }
            // Resolves a reference not yet linked; one still linked is left as it is.
            this.doLink(infos[i], document);
        }
    }

    /**
     * Unlinks the document's references into the files at `uris` (changed or deleted), and those
     * that found nothing (they may now): the others still point at nodes of unchanged files.
     * Returns whether any was unlinked; if none was, the document's list of references is as it was.
     */
    unlinkInto(document: LangiumDocument, uris: ReadonlySet<string>): boolean {
        const targets = linkTargetsOf(document);
        if (!targets.unresolved && ![...uris].some(uri => targets.uris.has(uri))) {
            return false;
        }
        const kept: LinkedReference[] = [];
        // Descriptions share their document's URI: most references point where the one before did.
        let lastUri: unknown;
        let lastKept = false;
        for (const reference of document.references as LinkedReference[]) {
            const target = reference.$nodeDescription?.documentUri;
            if (target !== undefined && target !== lastUri) {
                lastUri = target;
                lastKept = !uris.has(target.toString());
            }
            if ('_ref' in reference && !reference.error && target !== undefined && lastKept) {
                kept.push(reference);
            } else if ('_ref' in reference) {
                // As Langium's unlink does it, for this reference alone.
                reference._ref = undefined;
                delete reference._nodeDescription;
            } else {
                reference._items = undefined;
                delete reference._linkingError;
            }
        }
        if (kept.length === document.references.length) {
            return false;
        }
        document.references = kept;
        return true;
    }
}

/** A reference as Langium's linker builds it: resolved in `_ref`, or a multi-reference's `_items`. */
type LinkedReference = Reference & { _ref?: unknown; _nodeDescription?: unknown; _items?: unknown; _linkingError?: unknown };
