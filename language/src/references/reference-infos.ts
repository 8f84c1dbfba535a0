import { AstUtils, type AstNode, type ReferenceInfo } from 'langium';

const infosByTree = new WeakMap<AstNode, readonly ReferenceInfo[]>();

/**
 * Every reference of a syntax tree, with the node and property it is written in. A tree does not
 * change once parsed, and its references stay the same objects when they are linked again: walked
 * once per tree, they are listed for every later linking and indexing of the file.
 */
export function referenceInfosOf(root: AstNode): readonly ReferenceInfo[] {
    let infos = infosByTree.get(root);
    if (!infos) {
        infos = AstUtils.streamAst(root).flatMap(node => AstUtils.streamReferences(node)).toArray();
        infosByTree.set(root, infos);
    }
    return infos;
}
