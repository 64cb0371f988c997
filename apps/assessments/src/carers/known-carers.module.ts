import { Module } from '@nestjs/common';
import { CarerEventsListener } from './api/carer-events.listener';
import { KnownCarersController } from './api/known-carers.controller';
import { RecordRegisteredCarerHandler } from './application/record-registered-carer.handler';

@Module({ controllers: [CarerEventsListener, KnownCarersController], providers: [RecordRegisteredCarerHandler] })
export class KnownCarersModule {}
