import { MessagingTables1764000000000 } from './messaging-tables.migration';
import { OutboxParkingAndDeadLetterTenant1765000000000 } from './outbox-parking.migration';

/** The platform's own tables (outbox, inbox, dead letters), migrated before each service's own. */
export const PLATFORM_MIGRATIONS = [MessagingTables1764000000000, OutboxParkingAndDeadLetterTenant1765000000000];
