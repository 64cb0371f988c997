import { Module } from '@nestjs/common';
import { KnownCarersController } from './api/known-carers.controller';
import { RecordRegisteredCarerHandler } from './application/record-registered-carer.handler';

@Module({ controllers: [KnownCarersController], providers: [RecordRegisteredCarerHandler], exports: [RecordRegisteredCarerHandler] })
export class KnownCarersModule {}
