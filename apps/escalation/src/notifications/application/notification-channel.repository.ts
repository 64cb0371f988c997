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

export interface DeliveryView {
  id: string;
  alertId: string;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  lastStatus: number | null;
  lastError: string | null;
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
}
