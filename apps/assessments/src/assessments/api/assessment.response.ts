import { Assessment } from '../domain/assessment';

/** An assessment as the API shows it: its facts and where it is. */
export function assessmentView(a: Assessment) {
  const { tenantId, version, ...facts } = a.facts;
  return { ...facts, status: a.status, council: tenantId, revision: version };
}
