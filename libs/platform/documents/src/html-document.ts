import { Block, FormalDocument } from './formal-document';

/** Escapes text for HTML element content and attribute values. */
export const escapeHtml = (v: unknown) => String(v ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const STYLE =
  'body{font-family:Arial,sans-serif;max-width:48rem;margin:2rem auto;line-height:1.5;color:#0b0c0c}h1{font-size:1.6rem}' +
  'table{border-collapse:collapse}th,td{border-bottom:1px solid #b1b4b6;padding:.3rem .8rem .3rem 0;text-align:left}dt{font-weight:bold}';

function block(b: Block): string {
  switch (b.kind) {
    case 'paragraph':
      return `<p>${escapeHtml(b.text)}</p>`;
    case 'list':
      return `<ul>${b.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
    case 'table':
      return (
        `<table><thead><tr>${b.head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead>` +
        `<tbody>${b.rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`
      );
  }
}

/** The document as a standalone HTML page; every value is escaped. */
export function htmlDocument(d: FormalDocument): string {
  const lines = (ls: readonly string[]) => ls.map(escapeHtml).join('<br>');
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${escapeHtml(d.title)}</title><style>${STYLE}</style></head>
<body>
<p>${lines(d.from)}</p>
<p>To: ${lines(d.to)}</p>
<h1>${escapeHtml(d.title)}</h1>
<dl>${d.facts.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('')}</dl>
${d.sections.map((s) => `<h2>${escapeHtml(s.heading)}</h2>\n${s.blocks.map(block).join('\n')}`).join('\n')}
</body></html>`;
}
