import { Logger, Module } from '@nestjs/common';
import { serviceEnvironment } from '@carers/platform/service';
import { NotificationChannelsController } from './api/notification-channels.controller';
import { AddNotificationChannelHandler } from './application/add-notification-channel.handler';
import { AlertSender } from './application/alert-sender.port';
import { ChannelDeliveriesQuery } from './application/channel-deliveries.query';
import { DeactivateNotificationChannelHandler } from './application/deactivate-notification-channel.handler';
import { DeliverAlertsJob } from './application/deliver-alerts.job';
import { NotificationChannelRepository } from './application/notification-channel.repository';
import { NotificationChannelsQuery } from './application/notification-channels.query';
import { NotificationDeliveryRepository } from './application/notification-delivery.repository';
import { SealLegacySecretsJob } from './application/seal-legacy-secrets.job';
import { WebhookTargetPolicy } from './application/webhook-target.port';
import { HttpAndSmtpSender } from './infrastructure/http-and-smtp-sender.adapter';
import { NOTIFICATION_SETTINGS, NotificationSettings, notificationSettings } from './infrastructure/notification-settings.adapter';
import { SecretCipher } from './infrastructure/secret-cipher.adapter';
import { SqlNotificationChannelRepository } from './infrastructure/sql-notification-channel.repository';
import { SqlNotificationDeliveryRepository } from './infrastructure/sql-notification-delivery.repository';
import { WebhookTargetGuard } from './infrastructure/webhook-target-guard.adapter';

/** Read while the service starts: a missing key or a development-only setting outside development stops it (ADR 0021). */
function settingsAtStart(): NotificationSettings {
  const settings = notificationSettings(serviceEnvironment());
  const logger = new Logger('Notifications');
  if (settings.developmentKey)
    logger.warn('webhook secrets are encrypted with the development key (AUTH_MODE=dev, no NOTIFICATION_SECRET_KEY)');
  if (settings.webhooks.allowLocal)
    logger.warn('webhooks may use http and loopback or private addresses (WEBHOOK_ALLOW_PRIVATE=true, development and tests only)');
  return settings;
}

@Module({
  controllers: [NotificationChannelsController],
  providers: [
    AddNotificationChannelHandler,
    DeactivateNotificationChannelHandler,
    NotificationChannelsQuery,
    ChannelDeliveriesQuery,
    DeliverAlertsJob,
    SealLegacySecretsJob,
    { provide: NOTIFICATION_SETTINGS, useFactory: settingsAtStart },
    { provide: SecretCipher, useFactory: (s: NotificationSettings) => new SecretCipher(s.secretKey), inject: [NOTIFICATION_SETTINGS] },
    {
      provide: WebhookTargetGuard,
      useFactory: (s: NotificationSettings) => new WebhookTargetGuard(s.webhooks),
      inject: [NOTIFICATION_SETTINGS],
    },
    { provide: WebhookTargetPolicy, useExisting: WebhookTargetGuard },
    { provide: AlertSender, useClass: HttpAndSmtpSender },
    { provide: NotificationChannelRepository, useClass: SqlNotificationChannelRepository },
    { provide: NotificationDeliveryRepository, useClass: SqlNotificationDeliveryRepository },
  ],
})
export class NotificationsModule {}
