import { ServiceDefinition } from '@carers/platform/service';

export const PERFORMANCE: ServiceDefinition = {
  name: 'performance',
  defaultPort: 3003,
  migrations: [],
};
