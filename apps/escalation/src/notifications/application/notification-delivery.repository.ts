import { Tx } from '@carers/platform/persistence';
import { DeliveryFailure } from '../domain/notification-channel.errors';
import { AlertMessage } from './alert-sender.port';

export interface DueDelivery {
  id: string;
  attempts: number;
  message: Omit<AlertMessage, 'councilId'>;
}

export interface FailedAttempt {
  attempts: number;
  gaveUp: boolean;
  /** The platform's own reason, kept for operators; never the receiver's answer. */
  reason: DeliveryFailure | 'unexpected';
  retryInSeconds: number;
}

/** Queued alert deliveries, claimed with SKIP LOCKED across replicas. */
export abstract class NotificationDeliveryRepository {
  abstract claimDue(tx: Tx, limit: number): Promise<DueDelivery[]>;
  abstract delivered(tx: Tx, id: string): Promise<void>;
  abstract failed(tx: Tx, id: string, attempt: FailedAttempt): Promise<void>;
}
