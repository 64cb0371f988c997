import { SubjectAccessExport } from '../application/subject-access.query';

const escape = (v: unknown) => String(v ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function table(rows: Record<string, unknown>[]): string {
  if (!rows.length) return '<p>None held.</p>';
  const columns = Object.keys(rows[0]);
  const cell = (v: unknown) => escape(typeof v === 'object' && v !== null ? JSON.stringify(v) : v);
  return `<table><thead><tr>${columns.map((c) => `<th scope="col">${escape(c)}</th>`).join('')}</tr></thead>
<tbody>${rows.map((r) => `<tr>${columns.map((c) => `<td>${cell(r[c])}</td>`).join('')}</tr>`).join('\n')}</tbody></table>`;
}

/** The subject access export as a document a person can read and print. */
export function subjectAccessDocument(x: SubjectAccessExport): string {
  const carer = { id: x.carer.id, ...x.carer.details, registeredOn: x.carer.registeredOn, ...x.carer.lifecycle } as Record<string, unknown>;
  const section = (title: string, body: string) => `<section><h2>${escape(title)}</h2>${body}</section>`;
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Information we hold about you</title>
<style>body{font-family:Arial,sans-serif;max-width:60rem;margin:2rem auto;color:#0b0c0c}table{border-collapse:collapse;width:100%}
th,td{border:1px solid #b1b4b6;padding:.3rem;text-align:left;vertical-align:top}h2{margin-top:2rem}</style></head>
<body><h1>Information we hold about you</h1>
<p>Subject access response under UK GDPR Article 15, produced ${escape(x.generatedAt)}.</p>
${section(
  'Your record',
  `<dl>${Object.entries(carer)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `<dt>${escape(k)}</dt><dd>${escape(typeof v === 'object' ? JSON.stringify(v) : v)}</dd>`)
    .join('')}</dl>`,
)}
${section('People you care for', table(x.relationships as Record<string, unknown>[]))}
${section('Consents', table(x.consents as Record<string, unknown>[]))}
${section('Organisations supporting you', table(x.allocations as Record<string, unknown>[]))}
${section('Emergency plan', x.emergencyPlan ? table([x.emergencyPlan as Record<string, unknown>]) : '<p>None held.</p>')}
${section('Uses of your emergency card', table(x.emergencyCardUses as Record<string, unknown>[]))}
${section('Checks for duplicate records', table(x.duplicateReviews as Record<string, unknown>[]))}
${section('Who has looked at or changed your record', table(x.auditTrail as unknown as Record<string, unknown>[]))}
</body></html>`;
}
