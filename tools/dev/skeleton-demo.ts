import { DevIssuer } from '@carers/platform/auth';

/** Registers one carer and waits until assessments has seen the event through Kafka; returns the time it took. */
export async function demonstrateEventFlow(registrationUrl: string, assessmentsUrl: string, tenant = 'E06000054'): Promise<{ carerId: string; ms: number }> {
  const token = await DevIssuer.open().sign({ role: 'council-officer', tenant, subject: 'demo-officer' });
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const started = Date.now();
  const res = await fetch(`${registrationUrl}/carers`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ kind: 'adult', givenName: 'Demo', familyName: 'Carer', dateOfBirth: '1971-03-14', postcode: 'SN15 1ER', providerId: 'carers-together' }),
  });
  if (res.status !== 201) throw new Error(`registration answered ${res.status}: ${await res.text()}`);
  const { id } = (await res.json()) as { id: string };
  for (let i = 0; i < 300; i++) {
    const seen = await fetch(`${assessmentsUrl}/known-carers/${id}`, { headers });
    if (seen.ok) return { carerId: id, ms: Date.now() - started };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`assessments did not see carer ${id} within 30 s`);
}
