import { randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@carers/platform/persistence';
import { WebhookTargetRefusedError } from '../domain/notification-channel.errors';
import { ChannelKind, NotificationChannelRepository } from './notification-channel.repository';
import { WebhookTargetPolicy } from './webhook-target.port';

/** A council adds a webhook or an email address for board alerts; a webhook's signing secret is shown once, now. */
@Injectable()
export class AddNotificationChannelHandler {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly channels: NotificationChannelRepository,
    private readonly webhookTargets: WebhookTargetPolicy,
  ) {}

  async execute(tenantId: string, kind: ChannelKind, target: string, by: string) {
    // resolved before the transaction opens: a slow name server holds no connection
    const refusal = kind === 'webhook' ? await this.webhookTargets.refusal(target) : undefined;
    if (refusal) throw new WebhookTargetRefusedError(refusal);
    return this.uow.run(tenantId, async (tx) => {
      const id = randomUUID();
      const secret = kind === 'webhook' ? randomBytes(32).toString('base64url') : null;
      await this.channels.add(tx, { id, kind, target, secret, createdBy: by });
      return { id, kind, target, active: true, ...(secret ? { secret } : {}) };
    });
  }
}
