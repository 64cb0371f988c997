import { Module } from '@nestjs/common';
import { PlatformModule } from '@carers/platform/service';
import { CarersModule } from './carers/carers.module';
import { REGISTRATION } from './service';

@Module({ imports: [PlatformModule.forService(REGISTRATION), CarersModule] })
export class AppModule {}
