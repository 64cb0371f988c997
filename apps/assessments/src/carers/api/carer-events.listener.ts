import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { CarerRegistered, Topics } from '@carers/contracts';
import { Delivery } from '@carers/platform/messaging';
import { RecordRegisteredCarerHandler } from '../application/record-registered-carer.handler';

@Controller()
export class CarerEventsListener {
  constructor(private readonly recordRegistered: RecordRegisteredCarerHandler) {}

  @EventPattern(Topics.registrationCarer)
  onCarerEvent(@Payload() delivery: Delivery) {
    return delivery.dispatch({
      [CarerRegistered.type]: (event, tx) => this.recordRegistered.execute(tx, event),
    });
  }
}
