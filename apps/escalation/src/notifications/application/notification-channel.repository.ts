import { Tx } from '@carers/platform/persistence';

export type ChannelKind = 'webhook' | 'email';

export interface NewChannel {
  id: string;
  kind: ChannelKind;
  target: string;
  secret: string | null;
  createdBy: string;
}

export interface ChannelView {
  id: string;
  kind: ChannelKind;
  target: string;
  active: boolean;
  createdAt?: string;
}

/** What officers see of a delivery: delivered, pending or failed, never what the receiver answered (issue 21, finding 5). */
export interface DeliveryView {
  id: string;
  alertId: string;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  nextAttemptAt: string;
  deliveredAt: string | null;
}

/** Where a council wants board alerts sent, and what became of each delivery. */
export abstract class NotificationChannelRepository {
  abstract add(tx: Tx, channel: NewChannel): Promise<void>;
  abstract list(tx: Tx): Promise<ChannelView[]>;
  abstract deactivate(tx: Tx, id: string): Promise<ChannelView | undefined>;
  abstract exists(tx: Tx, id: string): Promise<boolean>;
  abstract deliveries(tx: Tx, channelId: string): Promise<DeliveryView[]>;
  /** Encrypts the council's webhook secrets still stored as plaintext (written before ADR 0021); how many it sealed. */
  abstract sealLegacySecrets(tx: Tx): Promise<number>;
}
