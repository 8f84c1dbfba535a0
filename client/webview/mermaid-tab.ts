/// <reference lib="dom" />
// A tab whose content is a Mermaid chart, with HTML beside it for some (a legend, a table): draws
// the chart only when its text or the theme changed, rebuilds the HTML only when its input changed,
// and says why when there is no chart to draw.
import type { PreviewModel } from '../../language/src/preview/preview-protocol.js';
import type { ChartView } from './chart-view.js';
import { paletteKey, timedRender, type Theme } from './mermaid-renderer.js';
import type { TabContent } from './tab-panel.js';
import type { ChartKind } from './webview-messages.js';

/** The HTML that goes with a chart, and what it was built from. */
export interface ChartHtml {
    readonly key: string;
    readonly header?: readonly Node[];
    readonly details?: readonly Node[];
}

export interface ChartSource {
    /** The chart's Mermaid text, or undefined when the model has none (then `emptyMessage`). */
    readonly text: (model: PreviewModel) => string | undefined;
    readonly emptyMessage: (model: PreviewModel) => string;
    /** Marks and adjusts what Mermaid drew: click targets, lines cut at the status date. */
    readonly decorate?: (svg: SVGSVGElement, svgId: string, model: PreviewModel) => void;
    /** What `decorate` takes from the model beyond the text, when the text does not say it all. */
    readonly decorationKey?: (model: PreviewModel) => string;
    /** The HTML shown with the chart, if any. */
    readonly html?: (model: PreviewModel) => ChartHtml | undefined;
}

export class MermaidTab implements TabContent {
    constructor(private readonly kind: ChartKind, readonly panel: ChartView, private readonly source: ChartSource) {}

    async draw(model: PreviewModel, theme: Theme, isCurrent: () => boolean): Promise<boolean> {
        const view = this.panel;
        const text = this.source.text(model);
        if (text === undefined) {
            view.clearChart();
            view.setStale(false);
            view.setMessage(this.source.emptyMessage(model));
            this.drawHtml(model);
            return true;
        }
        const key = `${theme}\n${paletteKey()}\n${text}\n${this.source.decorationKey?.(model) ?? ''}`;
        if (view.renderedKey !== key) {
            try {
                const rendered = await timedRender(this.kind, text);
                if (!isCurrent()) {
                    return false;
                }
                const svg = view.show(rendered, key);
                if (svg) {
                    this.source.decorate?.(svg, rendered.id, model);
                }
            } catch (error) {
                if (!isCurrent()) {
                    return false;
                }
                view.setStale(view.hasChart());
                view.setMessage(`The chart could not be drawn: ${error instanceof Error ? error.message : String(error)}`);
                this.drawHtml(model);
                return true;
            }
        }
        view.setStale(false);
        this.drawHtml(model);
        return true;
    }

    private drawHtml(model: PreviewModel): void {
        const html = this.source.html?.(model);
        if (html === undefined) {
            this.panel.clearHtml();
        } else if (this.panel.htmlKey !== html.key) {
            this.panel.showHtml(html.key, html.header ?? [], html.details ?? []);
        }
    }
}
