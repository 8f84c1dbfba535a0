// The preview webview's script (bundled with Mermaid into out/webview.js). Placeholder until it lands.
export {};
