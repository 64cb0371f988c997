import { Module } from '@nestjs/common';
import { PlatformModule } from '@carers/platform/service';
import { PERFORMANCE } from './service';

@Module({ imports: [PlatformModule.forService(PERFORMANCE)] })
export class AppModule {}
