import {
    Cancellation, DefaultReferenceDescriptionProvider, interruptAndCheck, isReference, type AstNodeDescription, type LangiumDocument, type ReferenceDescription, type ReferenceInfo,
} from 'langium';
import { referenceInfosOf } from './reference-infos.js';

const REFERENCES_BETWEEN_INTERRUPTS = 100;

/**
 * Langium's index of what each reference points at (find references, rename, which files an edit
 * reaches), over the references listed once per syntax tree. A reference that still points at the
 * same declaration, as most do when a file is relinked for another file's edit, keeps its entry.
 */
export class ProjReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    private readonly made = new WeakMap<ReferenceInfo['reference'], { readonly target: AstNodeDescription; readonly descriptions: ReferenceDescription[] }>();

    override async createDescriptions(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<ReferenceDescription[]> {
        const descriptions: ReferenceDescription[] = [];
        const infos = referenceInfosOf(document.parseResult.value);
        for (let i = 0; i < infos.length; i++) {
            if (i % REFERENCES_BETWEEN_INTERRUPTS === 0) {
                await interruptAndCheck(cancelToken);
            }
            const info = infos[i];
            if (info.reference.error) {
                continue;
            }
            const target = isReference(info.reference) ? info.reference.$nodeDescription : undefined;
            const made = this.made.get(info.reference);
            if (target && made?.target === target) {
                descriptions.push(...made.descriptions);
                continue;
            }
            const fresh = this.createInfoDescriptions(info);
            if (target) {
                this.made.set(info.reference, { target, descriptions: fresh });
            }
            descriptions.push(...fresh);
        }
        return descriptions;
    }
}
