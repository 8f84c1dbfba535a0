/// <reference lib="dom" />
// The line under the toolbar: how many errors the plan has (with a link to the Problems view)
// while the charts show its last good build, and what a chart leaves out for a large plan.
import { element } from './dom.js';

export class StatusBar {
    readonly element: HTMLElement;
    private readonly errors: HTMLElement;
    private readonly errorText: HTMLElement;
    private readonly notice: HTMLElement;

    constructor(showProblems: () => void) {
        const link = element('a', { href: '#', role: 'button', class: 'proj-problems-link' }, 'Show Problems');
        link.addEventListener('click', event => {
            event.preventDefault();
            showProblems();
        });
        this.errorText = element('span', { class: 'proj-error-count' });
        this.errors = element('p', { class: 'proj-errors', role: 'alert', hidden: '' }, this.errorText, ' ', link);
        this.notice = element('p', { class: 'proj-notice', role: 'status', hidden: '' });
        this.element = element('div', { class: 'proj-status' }, this.errors, this.notice);
    }

    /** `showingLastGood` when the charts on show come from an earlier build. */
    setErrors(count: number, showingLastGood: boolean): void {
        this.errors.hidden = count === 0;
        const what = `${count} ${count === 1 ? 'error' : 'errors'}`;
        this.errorText.textContent = showingLastGood ? `${what}: showing the last plan without errors.` : `${what}: fix ${count === 1 ? 'it' : 'them'} to see the charts.`;
    }

    setNotice(text: string | undefined): void {
        this.notice.textContent = text ?? '';
        this.notice.hidden = text === undefined;
    }
}
