import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { UnitOfWork } from '@carers/platform/persistence';
import { councils } from '@carers/platform/service';
import { NotificationChannelRepository } from './notification-channel.repository';

/**
 * Webhook secrets written before they were encrypted at rest (ADR 0021) stay readable, and are sealed once, when the
 * service starts: a pass per council, idempotent across replicas. A failed pass leaves them readable for the next start.
 */
@Injectable()
export class SealLegacySecretsJob implements OnApplicationBootstrap {
  private readonly logger = new Logger(SealLegacySecretsJob.name);

  constructor(
    private readonly uow: UnitOfWork,
    private readonly channels: NotificationChannelRepository,
  ) {}

  async onApplicationBootstrap() {
    try {
      const sealed = await this.runOnce();
      if (sealed > 0) this.logger.log({ msg: 'webhook secrets stored as plaintext are now encrypted', sealed });
    } catch (error) {
      this.logger.warn({
        msg: 'could not encrypt the webhook secrets stored as plaintext; trying again at the next start',
        errorType: (error as Error)?.name,
      });
    }
  }

  async runOnce(): Promise<number> {
    let sealed = 0;
    for (const tenantId of councils()) sealed += await this.uow.run(tenantId, (tx) => this.channels.sealLegacySecrets(tx));
    return sealed;
  }
}
