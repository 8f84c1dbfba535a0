/// <reference lib="dom" />
// A small element builder: every string becomes a text node, never markup.

type Child = Node | string | undefined | false;

export function element<K extends keyof HTMLElementTagNameMap>(
    tag: K,
    attributes: Record<string, string | undefined> = {},
    ...children: Child[]
): HTMLElementTagNameMap[K] {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
        if (value !== undefined) {
            node.setAttribute(name, value);
        }
    }
    for (const child of children) {
        if (child !== undefined && child !== false) {
            node.append(child);
        }
    }
    return node;
}
