import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles, scopeOf } from '@carers/platform/auth';
import { WaitingListQuery } from '../application/waiting-list.query';
import { WaitingListQueryParams } from './assessment.request';

@ApiTags('waiting list')
@ApiBearerAuth()
@Roles('council-officer', 'provider-worker')
@Controller('waiting-list')
export class WaitingListController {
  constructor(private readonly waiting: WaitingListQuery) {}

  /** Requests not yet commenced, with each one's age in days and risk priority, most at risk first. */
  @Get()
  async list(@Query() query: WaitingListQueryParams, @CurrentPrincipal() who: Principal) {
    const entries = await this.waiting.execute(scopeOf(who), query.providerId);
    return { size: entries.length, entries };
  }
}
