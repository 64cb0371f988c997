import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiTags } from '@nestjs/swagger';
import {
  IsIn,
  isEmail,
  IsUUID,
  isURL,
  MaxLength,
  Validate,
  ValidationArguments,
  ValidatorConstraint,
  ValidatorConstraintInterface,
} from 'class-validator';
import { CurrentPrincipal, Principal, Roles } from '@carers/platform/auth';
import { AddNotificationChannelHandler } from '../application/add-notification-channel.handler';
import { ChannelDeliveriesQuery } from '../application/channel-deliveries.query';
import { DeactivateNotificationChannelHandler } from '../application/deactivate-notification-channel.handler';
import { NotificationChannelsQuery } from '../application/notification-channels.query';
import { SensitiveRoute } from '@carers/platform/service';

@ValidatorConstraint({ name: 'channelTarget' })
class ChannelTarget implements ValidatorConstraintInterface {
  // the shape only: which schemes and addresses a webhook may use is the handler's check (issue 21, finding 5)
  validate(target: unknown, args: ValidationArguments) {
    if (typeof target !== 'string') return false;
    return (args.object as ChannelRequest).kind === 'email'
      ? isEmail(target)
      : isURL(target, { require_tld: false, protocols: ['https', 'http'], require_protocol: true });
  }

  defaultMessage(args: ValidationArguments) {
    return (args.object as ChannelRequest).kind === 'email'
      ? 'target must be an email address'
      : 'target must be an https URL for a webhook';
  }
}

export class ChannelRequest {
  @ApiProperty({ enum: ['webhook', 'email'] }) @IsIn(['webhook', 'email']) kind!: 'webhook' | 'email';
  @ApiProperty({
    description:
      'an email address, or an https URL whose host resolves only to public addresses (no loopback, private, link-local, metadata or other special-use address); no redirect is followed',
  })
  @MaxLength(500)
  @Validate(ChannelTarget)
  target!: string;
}

export class ChannelParam {
  @IsUUID() id!: string;
}

/** Where board alerts go besides the board API: signed webhooks and email; with each channel's delivery log. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notification-channels')
export class NotificationChannelsController {
  constructor(
    private readonly addChannel: AddNotificationChannelHandler,
    private readonly channels: NotificationChannelsQuery,
    private readonly deactivateChannel: DeactivateNotificationChannelHandler,
    private readonly deliveryLog: ChannelDeliveriesQuery,
  ) {}

  @SensitiveRoute()
  @Post()
  @Roles('council-officer')
  add(@Body() b: ChannelRequest, @CurrentPrincipal() who: Principal) {
    return this.addChannel.execute(who.tenantId, b.kind, b.target, who.subject);
  }

  @Get()
  @Roles('council-officer')
  list(@CurrentPrincipal() who: Principal) {
    return this.channels.execute(who.tenantId);
  }

  @Post(':id/deactivation')
  @Roles('council-officer')
  @HttpCode(200)
  deactivate(@Param() { id }: ChannelParam, @CurrentPrincipal() who: Principal) {
    return this.deactivateChannel.execute(who.tenantId, id);
  }

  @Get(':id/deliveries')
  @Roles('council-officer')
  deliveries(@Param() { id }: ChannelParam, @CurrentPrincipal() who: Principal) {
    return this.deliveryLog.execute(who.tenantId, id);
  }
}
