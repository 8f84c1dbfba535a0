// Where the user left each plan's views (zoom, scroll, folded phases), kept in the webview's state
// so that switching plans, or reloading the window, brings each plan back as it was left, and one
// plan's zoom never carries over to another. A few dozen plans are kept, the least recent dropped.
import type { PlanViewState } from './webview-messages.js';

const MAX_PLANS = 30;

export class PlanStates {
    private plans: Record<string, PlanViewState>;

    constructor(saved: Readonly<Record<string, PlanViewState>> | undefined, private readonly onChange: (plans: Readonly<Record<string, PlanViewState>>) => void) {
        this.plans = { ...saved };
    }

    of(uri: string | undefined): PlanViewState {
        return (uri !== undefined && Object.hasOwn(this.plans, uri) ? this.plans[uri] : undefined) ?? {};
    }

    /** Merges `change` into a plan's state and makes it the most recent. */
    update(uri: string | undefined, change: Partial<PlanViewState>): PlanViewState {
        if (uri === undefined) {
            return {};
        }
        const next = { ...this.of(uri), ...change };
        const others = Object.entries(this.plans).filter(([key]) => key !== uri).slice(-(MAX_PLANS - 1));
        this.plans = Object.fromEntries([...others, [uri, next]]);
        this.onChange(this.plans);
        return next;
    }
}
