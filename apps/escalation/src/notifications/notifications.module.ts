import { Module } from '@nestjs/common';
import { NotificationChannelsController } from './api/notification-channels.controller';
import { AddNotificationChannelHandler } from './application/add-notification-channel.handler';
import { AlertSender } from './application/alert-sender.port';
import { ChannelDeliveriesQuery } from './application/channel-deliveries.query';
import { DeactivateNotificationChannelHandler } from './application/deactivate-notification-channel.handler';
import { DeliverAlertsJob } from './application/deliver-alerts.job';
import { NotificationChannelRepository } from './application/notification-channel.repository';
import { NotificationChannelsQuery } from './application/notification-channels.query';
import { NotificationDeliveryRepository } from './application/notification-delivery.repository';
import { HttpAndSmtpSender } from './infrastructure/http-and-smtp-sender.adapter';
import { SqlNotificationChannelRepository } from './infrastructure/sql-notification-channel.repository';
import { SqlNotificationDeliveryRepository } from './infrastructure/sql-notification-delivery.repository';

@Module({
  controllers: [NotificationChannelsController],
  providers: [
    AddNotificationChannelHandler,
    DeactivateNotificationChannelHandler,
    NotificationChannelsQuery,
    ChannelDeliveriesQuery,
    DeliverAlertsJob,
    { provide: AlertSender, useClass: HttpAndSmtpSender },
    { provide: NotificationChannelRepository, useClass: SqlNotificationChannelRepository },
    { provide: NotificationDeliveryRepository, useClass: SqlNotificationDeliveryRepository },
  ],
})
export class NotificationsModule {}
