import { ServiceDefinition } from '@carers/platform/service';
import { CreateCarers1764000000100 } from './database/migrations/1764000000100-create-carers';

export const REGISTRATION: ServiceDefinition = {
  name: 'registration',
  defaultPort: 3001,
  migrations: [CreateCarers1764000000100],
};
