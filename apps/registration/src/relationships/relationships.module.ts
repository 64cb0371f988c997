import { Module } from '@nestjs/common';
import { CarersModule } from '../carers/carers.module';
import { CaringRelationshipsController } from './api/caring-relationships.controller';
import { CaringRelationships } from './application/caring-relationships.repository';
import { CaringRelationshipsQuery } from './application/caring-relationships.query';
import { EndCaringHandler } from './application/end-caring.handler';
import { StartCaringHandler } from './application/start-caring.handler';
import { SqlCaringRelationships } from './infrastructure/sql-caring-relationships.repository';

@Module({
  imports: [CarersModule],
  controllers: [CaringRelationshipsController],
  providers: [
    StartCaringHandler,
    EndCaringHandler,
    CaringRelationshipsQuery,
    { provide: CaringRelationships, useClass: SqlCaringRelationships },
  ],
  exports: [CaringRelationships],
})
export class RelationshipsModule {}
