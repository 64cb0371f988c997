/** One block of a section: a paragraph, a list, or a table of figures. */
export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: readonly string[] }
  | { kind: 'table'; head: readonly string[]; rows: readonly (readonly string[])[] };

/**
 * A formal document a service serves or sends (a notice, a letter, a written record), as data: the same model is
 * rendered to HTML for the screen and to PDF for serving and keeping, so the two never say different things.
 */
export interface FormalDocument {
  title: string;
  /** Who sends it, one line each. */
  from: readonly string[];
  /** Who it is addressed to, one line each. */
  to: readonly string[];
  /** Labelled facts shown under the title: reference, served on, respond by. */
  facts: readonly (readonly [label: string, value: string])[];
  sections: readonly { heading: string; blocks: readonly Block[] }[];
}

export const paragraph = (text: string): Block => ({ kind: 'paragraph', text });
export const list = (items: readonly string[]): Block => ({ kind: 'list', items });
export const table = (head: readonly string[], rows: readonly (readonly string[])[]): Block => ({ kind: 'table', head, rows });
