import { DefaultRenameProvider } from 'langium/lsp';

/** Rename across every `.proj` file of the workspace. */
export class ProjRenameProvider extends DefaultRenameProvider {
}
