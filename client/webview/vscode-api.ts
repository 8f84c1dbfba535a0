/// <reference lib="dom" />
// The webview's side of VS Code: posting messages and keeping state across reloads.
import type { FromWebview, PreviewWebviewState } from './webview-messages.js';

interface VsCodeApi {
    postMessage(message: unknown): void;
    getState(): unknown;
    setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

// VS Code allows one call per page load.
const api: VsCodeApi = acquireVsCodeApi();

export function post(message: FromWebview): void {
    api.postMessage(message);
}

export function loadState(): PreviewWebviewState {
    const state = api.getState();
    return state && typeof state === 'object' ? state as PreviewWebviewState : {};
}

let current: PreviewWebviewState | undefined;

/** Merges `change` into the saved state. */
export function saveState(change: Partial<PreviewWebviewState>): PreviewWebviewState {
    current = { ...(current ?? loadState()), ...change };
    api.setState(current);
    return current;
}
