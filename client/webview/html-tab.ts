/// <reference lib="dom" />
// A tab of HTML built from the model: rebuilt only when its part of the model changed, so that an
// edit elsewhere in the plan keeps the user's place, focus and sort order.
import type { PreviewModel } from '../../language/src/preview/preview-protocol.js';
import type { HtmlView } from './html-view.js';
import type { TabContent } from './tab-panel.js';

export type HtmlContent =
    | { readonly key: string; readonly build: () => readonly Node[] }
    /** Nothing to show, and why. */
    | { readonly message: string };

export class HtmlTab implements TabContent {
    constructor(readonly panel: HtmlView, private readonly content: (model: PreviewModel) => HtmlContent) {}

    async draw(model: PreviewModel): Promise<boolean> {
        const content = this.content(model);
        this.panel.setStale(false);
        if ('message' in content) {
            this.panel.clear();
            this.panel.setMessage(content.message);
        } else if (this.panel.renderedKey !== content.key) {
            this.panel.show(content.key, content.build());
        }
        return true;
    }
}
