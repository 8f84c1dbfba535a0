// The preview webview's HTML: a strict Content Security Policy with a nonce for the one script,
// the stylesheets, and an empty root that the script fills. Pure, so that browser tests load the
// very same page.

export interface PreviewHtmlOptions {
    /**
     * `webview.cspSource`: where the webview may load styles, images and fonts from. One source or
     * several: code-server gives `'self' https://*.vscode-cdn.net`.
     */
    readonly cspSource: string;
    /** A fresh random nonce per page: the only script allowed to run carries it. */
    readonly nonce: string;
    readonly scriptUri: string;
    /** media/preview.css: the preview's own layout. */
    readonly styleUri: string;
    /** media/charts.css: the charts' colours and layout, shared with the exported pages. */
    readonly chartStyleUri: string;
    readonly title?: string;
}

/** One source expression of a list: `'self'`, or a scheme or host source with nothing that ends a directive. */
const CSP_SOURCE_EXPRESSION = /^(?:'self'|[^\s;,']+)$/;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, character => `&#${character.charCodeAt(0)};`);

/**
 * The policy: nothing by default; only the nonce'd script; styles from the extension and inline
 * (Mermaid writes a `<style>` into each SVG and sets style attributes); images and fonts from the
 * extension or data URIs for images.
 */
export function previewCsp(cspSource: string, nonce: string): string {
    return [
        `default-src 'none'`,
        `script-src 'nonce-${nonce}'`,
        `style-src ${cspSource} 'unsafe-inline'`,
        `img-src ${cspSource} data:`,
        `font-src ${cspSource}`,
    ].join('; ');
}

export function previewHtml(options: PreviewHtmlOptions): string {
    if (!/^[A-Za-z0-9+/=_-]{16,}$/.test(options.nonce)) {
        throw new Error('The preview nonce must be at least 16 base64 characters.');
    }
    const sources = options.cspSource.trim().split(/\s+/);
    if (!sources.every(source => CSP_SOURCE_EXPRESSION.test(source))) {
        throw new Error(`Not a CSP source: ${options.cspSource}`);
    }
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(previewCsp(options.cspSource, options.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeHtml(options.chartStyleUri)}">
<link rel="stylesheet" href="${escapeHtml(options.styleUri)}">
<title>${escapeHtml(options.title ?? 'Proj preview')}</title>
</head>
<body>
<div id="proj-preview"><p class="proj-placeholder">Loading the preview…</p></div>
<script nonce="${escapeHtml(options.nonce)}" src="${escapeHtml(options.scriptUri)}"></script>
</body>
</html>
`;
}
