import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@carers/platform/persistence';
import { ChannelNotFoundError } from '../domain/notification-channel.errors';
import { NotificationChannelRepository } from './notification-channel.repository';

/** A channel stops receiving alerts; what it was sent stays in its delivery log. */
@Injectable()
export class DeactivateNotificationChannelHandler {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly channels: NotificationChannelRepository,
  ) {}

  execute(tenantId: string, id: string) {
    return this.uow.run(tenantId, async (tx) => {
      const channel = await this.channels.deactivate(tx, id);
      if (!channel) throw new ChannelNotFoundError(id);
      return channel;
    });
  }
}
