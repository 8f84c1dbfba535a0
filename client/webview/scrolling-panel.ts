/// <reference lib="dom" />
// What chart and HTML tabs share: the scrolling section with its message line, dimming, and a
// scroll position kept while content comes and goes and reported at most once a frame.
import { element } from './dom.js';
import type { TabPanel } from './tab-panel.js';

export interface ScrollPlace {
    readonly left: number;
    readonly top: number;
}

export abstract class ScrollingPanel implements TabPanel {
    /** The scrolling element; the tab panel. */
    readonly element: HTMLElement;
    private readonly placeholder: HTMLElement;
    protected scroll: ScrollPlace;
    private scrollFrame = 0;

    /** `children` follow the message line, in order. */
    protected constructor(id: string, label: string, scroll: Partial<ScrollPlace> | undefined, ...children: HTMLElement[]) {
        this.scroll = { left: scroll?.left ?? 0, top: scroll?.top ?? 0 };
        this.placeholder = element('p', { class: 'proj-placeholder', hidden: '' });
        this.element = element('section', { id, class: 'proj-view', role: 'tabpanel', 'aria-label': label }, this.placeholder, ...children);
        this.element.addEventListener('scroll', () => {
            if (this.hasContent() && !this.element.hidden) {
                this.scroll = { left: this.element.scrollLeft, top: this.element.scrollTop };
                cancelAnimationFrame(this.scrollFrame);
                this.scrollFrame = requestAnimationFrame(() => this.scrolled());
            }
        });
    }

    abstract hasContent(): boolean;
    abstract clear(): void;

    /** Reports the kept scroll position (called a frame after scrolling, not on every event). */
    protected abstract scrolled(): void;

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

    /** Keeps another scroll position (another plan's) and scrolls there if there is content on show. */
    setScroll(scroll: Partial<ScrollPlace> | undefined): void {
        this.scroll = { left: scroll?.left ?? 0, top: scroll?.top ?? 0 };
        this.restoreScroll();
    }

    /** Scrolls back to the kept position; only content on show can be scrolled. */
    protected restoreScroll(): void {
        if (this.hasContent() && !this.element.hidden) {
            this.element.scrollLeft = this.scroll.left;
            this.element.scrollTop = this.scroll.top;
        }
    }
}
