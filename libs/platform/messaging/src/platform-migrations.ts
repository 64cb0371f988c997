import { HeldEvents1767000000000 } from './held-events.migration';
import { MessagingTables1764000000000 } from './messaging-tables.migration';
import { OutboxParkingAndDeadLetterTenant1765000000000 } from './outbox-parking.migration';
import { ProviderIdentity1766000000000 } from './provider-identity.migration';
import { ProviderOrganisations1766000000100 } from './provider-organisations.migration';

/** The platform's own tables (outbox, inbox, dead letters, held events, trusted providers), migrated before each service's own. */
export const PLATFORM_MIGRATIONS = [
  MessagingTables1764000000000,
  OutboxParkingAndDeadLetterTenant1765000000000,
  ProviderIdentity1766000000000,
  ProviderOrganisations1766000000100,
  HeldEvents1767000000000,
];
