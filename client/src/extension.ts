// Placeholder until the client lands; see issue 2.
export function activate(): void { /* nothing yet */ }
export function deactivate(): void { /* nothing yet */ }
