import { Injectable, Logger } from '@nestjs/common';
import { UnitOfWork } from '@carers/platform/persistence';
import { councils, IntervalJob } from '@carers/platform/service';
import { DeliveryFailedError } from '../domain/notification-channel.errors';
import { AlertSender } from './alert-sender.port';
import { NotificationDeliveryRepository } from './notification-delivery.repository';

export const MAX_ATTEMPTS = 6;
/** Seconds to wait after the nth failed attempt: 2, 4, 8, 16, 32. */
export const backoffSeconds = (attempts: number) => 2 ** attempts;

/**
 * Delivers queued alerts to webhooks and email, retrying with exponential backoff and logging every
 * attempt; a delivery gives up (failed) after six attempts. Claimed with SKIP LOCKED across replicas.
 * The delivery log keeps the platform's own reason for a failure; the receiver's status goes to the operators'
 * log only, never to officers (issue 21, finding 5).
 */
@Injectable()
export class DeliverAlertsJob extends IntervalJob {
  protected readonly every = { env: 'NOTIFY_SCAN_SECONDS', seconds: 1 };
  private readonly logger = new Logger(DeliverAlertsJob.name);

  constructor(
    private readonly uow: UnitOfWork,
    private readonly deliveries: NotificationDeliveryRepository,
    private readonly sender: AlertSender,
  ) {
    super();
  }

  protected tick() {
    return this.runOnce();
  }

  async runOnce(): Promise<{ delivered: number; failed: number }> {
    const done = { delivered: 0, failed: 0 };
    for (const tenantId of councils()) {
      await this.uow.run(tenantId, async (tx) => {
        for (const d of await this.deliveries.claimDue(tx, 50)) {
          try {
            await this.sender.send({ ...d.message, councilId: tenantId });
            await this.deliveries.delivered(tx, d.id);
            done.delivered++;
          } catch (error) {
            const attempts = d.attempts + 1;
            const gaveUp = attempts >= MAX_ATTEMPTS;
            const reason = error instanceof DeliveryFailedError ? error.reason : 'unexpected';
            await this.deliveries.failed(tx, d.id, { attempts, gaveUp, reason, retryInSeconds: backoffSeconds(attempts) });
            this.logger.warn({
              msg: 'board alert delivery failed',
              deliveryId: d.id,
              channelKind: d.message.channel.kind,
              reason,
              ...(error instanceof DeliveryFailedError && error.remoteStatus ? { remoteStatus: error.remoteStatus } : {}),
              ...(reason === 'unexpected' ? { errorType: (error as Error)?.name } : {}),
              attempts,
              gaveUp,
            });
            if (gaveUp) done.failed++;
          }
        }
      });
    }
    return done;
  }
}
