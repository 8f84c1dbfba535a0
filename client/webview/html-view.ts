/// <reference lib="dom" />
// A tab of HTML only (the risk register, KSB coverage): no zoom, but the same message line,
// dimming and kept scroll position as a chart's view.
import { element } from './dom.js';
import { ScrollingPanel, type ScrollPlace } from './scrolling-panel.js';

export class HtmlView extends ScrollingPanel {
    private readonly content: HTMLElement;
    /** What the content on show was built from, so that an update that changes nothing rebuilds nothing. */
    renderedKey: string | undefined;

    constructor(id: string, label: string, scroll: Partial<ScrollPlace> | undefined, private readonly onScroll: (scroll: ScrollPlace) => void) {
        const content = element('div', { class: 'proj-html proj-dimmable' });
        super(id, label, scroll, content);
        this.content = content;
    }

    hasContent(): boolean {
        return this.renderedKey !== undefined;
    }

    /** Content in place of the content on show, at the same scroll position. */
    show(key: string, nodes: readonly Node[]): void {
        this.content.replaceChildren(...nodes);
        this.renderedKey = key;
        this.setMessage(undefined);
        this.restoreScroll();
    }

    clear(): void {
        this.content.replaceChildren();
        this.renderedKey = undefined;
    }

    protected scrolled(): void {
        this.onScroll({ ...this.scroll });
    }
}
