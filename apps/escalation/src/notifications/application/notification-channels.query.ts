import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@carers/platform/persistence';
import { ChannelView, NotificationChannelRepository } from './notification-channel.repository';

@Injectable()
export class NotificationChannelsQuery {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly channels: NotificationChannelRepository,
  ) {}

  execute(tenantId: string): Promise<ChannelView[]> {
    return this.uow.run(tenantId, (tx) => this.channels.list(tx));
  }
}
