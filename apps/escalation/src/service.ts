import { ServiceDefinition } from '@carers/platform/service';

export const ESCALATION: ServiceDefinition = {
  name: 'escalation',
  defaultPort: 3004,
  migrations: [],
};
