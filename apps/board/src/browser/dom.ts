/** Making and finding elements. Text is only ever set as text (textContent, text nodes), never as HTML. */

type Child = Node | string | number | null | undefined | false;
export type Children = (Child | Child[])[];

/** The element the page's HTML always holds for `selector`. */
export function $<E extends Element = HTMLElement>(selector: string): E {
  return document.querySelector<E>(selector)!;
}

/** Makes an element: h('td', { class: 'num' }, 'text', child). Strings become text nodes, never HTML; `on…` attributes become listeners. */
export function h(tag: string, attrs: Record<string, unknown> = {}, ...children: Children): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'dataset') Object.assign(el.dataset, value);
    else if (name.startsWith('on')) el.addEventListener(name.slice(2), value as EventListener);
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  el.append(
    ...children
      .flat()
      .filter((c) => c !== undefined && c !== null && c !== false)
      .map((c) => (c instanceof Node ? c : String(c))),
  );
  return el;
}

const SVG = 'http://www.w3.org/2000/svg';

/** Makes an SVG element; attributes that are empty are left off. */
export function s(tag: string, attrs: Record<string, unknown> = {}, ...children: (Node | string)[]): SVGElement {
  const el = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs))
    if (value !== undefined && value !== null && value !== '') el.setAttribute(name, String(value));
  el.append(...children.map((c) => (c instanceof Node ? c : String(c))));
  return el;
}

/** Text for screen readers only. */
export const hidden = (text: string): HTMLElement => h('span', { class: 'visually-hidden' }, text);

/** Shows (or, without an error, clears) a section's "Could not load" line. */
export function showError(key: string, error?: Error): void {
  const el = document.querySelector<HTMLElement>(`[data-error-for="${key}"]`);
  if (!el) return;
  el.hidden = !error;
  el.textContent = error ? `Could not load this section: ${error.message}` : '';
}

/** Tells screen readers what just changed (the page's role="status" line). */
export function pageStatus(text: string): void {
  $('#page-status').textContent = text;
}
