/** The four services, their dev ports and how to reach their databases. */
export const SERVICES = [
  { name: 'registration', port: 3001 },
  { name: 'assessments', port: 3002 },
  { name: 'performance', port: 3003 },
  { name: 'escalation', port: 3004 },
] as const;
