import { Module } from '@nestjs/common';
import { CarersModule } from '../carers/carers.module';
import { CaringRelationshipsController } from './api/caring-relationships.controller';
import { CaringRelationships } from './application/caring-relationships';
import { CaringRelationshipsHandler } from './application/caring-relationships.handler';
import { SqlCaringRelationships } from './infrastructure/sql-caring-relationships';

@Module({
  imports: [CarersModule],
  controllers: [CaringRelationshipsController],
  providers: [CaringRelationshipsHandler, { provide: CaringRelationships, useClass: SqlCaringRelationships }],
  exports: [CaringRelationships],
})
export class RelationshipsModule {}
