import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@carers/platform/persistence';
import { ChannelNotFoundError } from '../domain/notification-channel.errors';
import { DeliveryView, NotificationChannelRepository } from './notification-channel.repository';

/** A channel's delivery log, newest attempt first. */
@Injectable()
export class ChannelDeliveriesQuery {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly channels: NotificationChannelRepository,
  ) {}

  execute(tenantId: string, channelId: string): Promise<DeliveryView[]> {
    return this.uow.run(tenantId, async (tx) => {
      if (!(await this.channels.exists(tx, channelId))) throw new ChannelNotFoundError(channelId);
      return this.channels.deliveries(tx, channelId);
    });
  }
}
