import { DefaultNodeKindProvider } from 'langium/lsp';

/** The symbol kinds of the outline, breadcrumbs and workspace symbols. */
export class ProjNodeKindProvider extends DefaultNodeKindProvider {
}
