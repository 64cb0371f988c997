import { PLATFORM_MIGRATIONS } from '@carers/platform/messaging';
import { migrate } from '@carers/platform/persistence';
import { runtimeConfig, ServiceDefinition } from './runtime-config';

/** `--migrate-only`: run the service's migrations as the owner and exit (a Kubernetes Job or a release step). */
export async function migrateOnly(definition: ServiceDefinition): Promise<void> {
  const config = runtimeConfig(definition);
  const ran = await migrate(config.database.migrations, [...PLATFORM_MIGRATIONS, ...definition.migrations], config.database.appRole);
  console.log(JSON.stringify({ level: 'info', service: definition.name, msg: 'migrations applied', migrations: ran }));
}
