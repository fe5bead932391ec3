import type { Range } from './evidence.js';

type Child = Node | string | null | undefined | false;

/**
 * Builds an element. Text goes in as text nodes only: names and article text are untrusted,
 * so nothing here ever parses HTML.
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

/** Text with some ranges wrapped in `<mark>`, built from text nodes. */
export function markedText(text: string, marks: readonly Range[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  let at = 0;
  for (const mark of marks) {
    if (mark.start < at || mark.end > text.length) continue;
    if (mark.start > at) fragment.append(document.createTextNode(text.slice(at, mark.start)));
    const highlighted = document.createElement('mark');
    highlighted.textContent = text.slice(mark.start, mark.end);
    fragment.append(highlighted);
    at = mark.end;
  }
  if (at < text.length) fragment.append(document.createTextNode(text.slice(at)));
  return fragment;
}

/** A link to an article, only when its URL is http(s): a `javascript:` URL in data must not run. */
export function articleLink(url: string | null | undefined, title: string): HTMLElement {
  if (url && /^https?:\/\//i.test(url)) {
    return el('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, title);
  }
  return el('span', {}, title);
}

/** Removes every child of an element. */
export function clear(element: Element): void {
  element.replaceChildren();
}
