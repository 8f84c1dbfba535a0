/// <reference lib="dom" />
// A tab of HTML only (the risk register, KSB coverage): no zoom, but the same message line,
// dimming and kept scroll position as a chart's view.
import { element } from './dom.js';
import type { TabPanel } from './tab-panel.js';

export interface ScrollPlace {
    readonly left: number;
    readonly top: number;
}

export class HtmlView implements TabPanel {
    readonly element: HTMLElement;
    private readonly content: HTMLElement;
    private readonly placeholder: HTMLElement;
    private scroll: ScrollPlace;
    private scrollFrame = 0;
    /** What the content on show was built from, so that an update that changes nothing rebuilds nothing. */
    renderedKey: string | undefined;

    constructor(id: string, label: string, scroll: Partial<ScrollPlace> | undefined, private readonly onScroll: (scroll: ScrollPlace) => void) {
        this.scroll = { left: scroll?.left ?? 0, top: scroll?.top ?? 0 };
        this.placeholder = element('p', { class: 'proj-placeholder', hidden: '' });
        this.content = element('div', { class: 'proj-html proj-dimmable' });
        this.element = element('section', { id, class: 'proj-view', role: 'tabpanel', 'aria-label': label }, this.placeholder, this.content);
        this.element.addEventListener('scroll', () => {
            if (this.hasContent() && !this.element.hidden) {
                this.scroll = { left: this.element.scrollLeft, top: this.element.scrollTop };
                cancelAnimationFrame(this.scrollFrame);
                this.scrollFrame = requestAnimationFrame(() => this.onScroll({ ...this.scroll }));
            }
        });
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

    setMessage(message: string | undefined): void {
        this.placeholder.textContent = message ?? '';
        this.placeholder.hidden = message === undefined;
    }

    setStale(stale: boolean): void {
        this.element.classList.toggle('proj-stale', stale);
    }

    setVisible(visible: boolean): void {
        this.element.hidden = !visible;
        if (visible) {
            this.restoreScroll();
        }
    }

    private restoreScroll(): void {
        if (this.hasContent() && !this.element.hidden) {
            this.element.scrollLeft = this.scroll.left;
            this.element.scrollTop = this.scroll.top;
        }
    }
}
