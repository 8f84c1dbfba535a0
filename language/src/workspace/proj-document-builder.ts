import {
    AstUtils, Cancellation, DefaultDocumentBuilder, delayNextTick, DocumentState, OperationCancelled, type LangiumDocument, type LangiumSharedCoreServices,
    URI, type ValidationCategory, type WorkspaceLock,
} from 'langium';
import type { ProjServices } from '../proj-module.js';
import { isEstimate, isRiskDelay, isUncertainty } from '../generated/ast.js';
import { AFTER_ERRORS, AFTER_PAUSE } from '../validation/check-timing.js';
import { linkTargetsOf } from '../references/link-targets.js';
import { ProjLinker } from '../references/proj-linker.js';

/** How long typing must pause before the editor runs the checks that wait for a pause. */
export const TYPING_PAUSE_MS = 500;

/**
 * Langium's document builder, running the later validation passes of check-timing.ts after each
 * edit's build: the checks after the errors at once, in the same turn of the workspace lock (so
 * that the next edit cancels them), once the requests waiting for the build (the preview) have had
 * their answer; the checks after a pause once no edit has come for {@link TYPING_PAUSE_MS}.
 */
export class ProjDocumentBuilder extends DefaultDocumentBuilder {
    private readonly workspaceLock: WorkspaceLock;
    private pauseTimer: ReturnType<typeof setTimeout> | undefined;
    /** The documents an update relinks for waiting on a changed one through others, worked out once per update. */
    private waiting: { readonly changed: Set<string>; readonly uris: ReadonlySet<string> } | undefined;

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.workspaceLock = services.workspace.WorkspaceLock;
    }

    /** Whether a document's diagnostics so far leave out checks that an edit's build runs later (see check-timing.ts). */
    awaitsLaterChecks(uri: URI | string): boolean {
        const checked = this.buildState.get(uri.toString())?.result?.validationChecks;
        return checked !== undefined && !checked.includes(AFTER_ERRORS);
    }

    override async update(changed: URI[], deleted: URI[], cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        clearTimeout(this.pauseTimer);
        try {
            await super.update(changed, deleted, cancelToken);
        } finally {
            this.waiting = undefined;
        }
        const later = this.validatedWithout(AFTER_ERRORS);
        if (later.length > 0) {
            // The requests waiting for the build take their turn first.
            await delayNextTick();
            if (cancelToken.isCancellationRequested) {
                throw OperationCancelled;
            }
            await this.build(later, { validation: { categories: [AFTER_ERRORS] } }, cancelToken);
        }
        if (this.validatedWithout(AFTER_PAUSE).length > 0) {
            this.pauseTimer = setTimeout(() => void this.afterPause(), TYPING_PAUSE_MS);
            this.pauseTimer.unref?.();
        }
    }

    /**
     * Documents that wait, through others, for work of a changed one are built again too: a plan
     * linked to a plan linked to the one edited is scheduled with it (programmes.ts), yet Langium
     * relinks only the documents that reference a changed one themselves. As Langium's, so are
     * those with references that found nothing (they may now).
     */
    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        if (this.waiting?.changed !== changedUris) {
            this.waiting = { changed: changedUris, uris: this.waitingFor(changedUris) };
        }
        return this.waiting.uris.has(document.uri.toString()) || linkTargetsOf(document).unresolved;
    }

    /**
     * The documents whose references lead, through other documents, to a changed one, and those
     * whose work shares a resource with a changed one's (its load across plans changes).
     */
    private waitingFor(changedUris: Set<string>): ReadonlySet<string> {
        const waiting = new Set<string>();
        for (const uri of changedUris) {
            const services = this.serviceRegistry.hasServices(URI.parse(uri)) ? this.serviceRegistry.getServices(URI.parse(uri)) as ProjServices : undefined;
            services?.planning?.Programmes.sharingResourcesWith(uri).forEach(sharing => waiting.add(sharing));
        }
        const referencedBy = new Map<string, string[]>();
        for (const document of this.langiumDocuments.all) {
            const uri = document.uri.toString();
            for (const target of linkTargetsOf(document).uris) {
                if (target !== uri) {
                    referencedBy.has(target) ? referencedBy.get(target)!.push(uri) : referencedBy.set(target, [uri]);
                }
            }
        }
        const reached = new Set(changedUris);
        const toVisit = [...changedUris];
        for (let uri = toVisit.pop(); uri !== undefined; uri = toVisit.pop()) {
            for (const referencing of referencedBy.get(uri) ?? []) {
                if (!reached.has(referencing)) {
                    reached.add(referencing);
                    waiting.add(referencing);
                    toVisit.push(referencing);
                }
            }
        }
        return waiting;
    }

    /**
     * A document relinked for an update (it waits for a changed one, or some of its references
     * found nothing) unlinks only its references into the changed and deleted documents, and those
     * that found nothing: its own syntax tree is as it was, and so are the others' (ProjLinker).
     * Where none was unlinked (it waits for the changed one through others), its links and their
     * index stand, and only its checks run again.
     */
    override resetToState(document: LangiumDocument, state: DocumentState): void {
        const changed = this.waiting?.changed;
        const linker = this.serviceRegistry.getServices(document.uri).references.Linker;
        if (state !== DocumentState.ComputedScopes || !changed || document.state < DocumentState.Linked || !(linker instanceof ProjLinker)) {
            super.resetToState(document, state);
            return;
        }
        if (linker.unlinkInto(document, changed)) {
            super.resetToState(document, DocumentState.Linked);
            document.state = DocumentState.ComputedScopes;
            return;
        }
        super.resetToState(document, DocumentState.IndexedReferences);
        // Langium's update rebuilds a document not yet linked, or one without a completed build, as
        // a changed one has none: with the update's options.
        this.buildState.delete(document.uri.toString());
    }

    protected override async validate(document: LangiumDocument, cancelToken: Cancellation.CancellationToken): Promise<void> {
        const state = this.buildState.get(document.uri.toString());
        if (state?.result && document.diagnostics === undefined) {
            // The diagnostics were cleared for a new build, and with them the record of the checks that made them.
            state.result.validationChecks = undefined;
        }
        await super.validate(document, cancelToken);
    }

    private afterPause(): Promise<void> {
        return this.workspaceLock.write(async cancelToken => {
            const due = this.validatedWithout(AFTER_PAUSE).filter(document => !this.awaitsLaterChecks(document.uri) && hasUncertainty(document));
            if (due.length > 0) {
                await this.build(due, { validation: { categories: [AFTER_PAUSE] } }, cancelToken);
            }
        });
    }

    private validatedWithout(category: ValidationCategory): LangiumDocument[] {
        return this.langiumDocuments.all.filter(document => {
            const checked = this.buildState.get(document.uri.toString())?.result?.validationChecks;
            return document.state === DocumentState.Validated && checked !== undefined && !checked.includes(category);
        }).toArray();
    }
}

/**
 * Whether a plan writes anything uncertain (an estimate, a range, a risk's delay): the checks after
 * a pause run its schedule risk analysis, which a plan without any has no use for.
 */
function hasUncertainty(document: LangiumDocument): boolean {
    return AstUtils.streamAst(document.parseResult.value).some(node => isEstimate(node) || isUncertainty(node) || isRiskDelay(node));
}
