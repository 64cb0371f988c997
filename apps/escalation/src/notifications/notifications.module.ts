import { Module } from '@nestjs/common';
import { NotificationChannelsController } from './api/notification-channels.controller';
import { AlertSender } from './application/alert-sender';
import { DeliveryDispatcher } from './application/delivery-dispatcher';
import { NotificationChannels } from './application/notification-channels';
import { HttpAndSmtpSender } from './infrastructure/http-and-smtp-sender';

@Module({
  controllers: [NotificationChannelsController],
  providers: [NotificationChannels, DeliveryDispatcher, { provide: AlertSender, useClass: HttpAndSmtpSender }],
})
export class NotificationsModule {}
