import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@carers/platform/auth';
import { DuplicateReviewsQuery } from '../application/duplicate-reviews.query';
import { KeepCarersApartHandler } from '../application/keep-carers-apart.handler';
import { MergeCarersHandler } from '../application/merge-carers.handler';
import { ListReviewsRequest, MergeReviewRequest, ResolveReviewRequest } from './carer-changes.request';

/** The queue of records that may be one person; a council officer merges them or keeps them apart. */
@ApiTags('duplicate reviews')
@ApiBearerAuth()
@Roles('council-officer')
@Controller('duplicate-reviews')
export class DuplicateReviewsController {
  constructor(
    private readonly reviews: DuplicateReviewsQuery,
    private readonly merges: MergeCarersHandler,
    private readonly separations: KeepCarersApartHandler,
  ) {}

  @Get()
  async list(@Query() query: ListReviewsRequest, @CurrentPrincipal() who: Principal) {
    return { reviews: await this.reviews.execute(who.tenantId, query.status ?? 'open') };
  }

  @Post(':id/merge')
  @HttpCode(200)
  merge(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: MergeReviewRequest, @CurrentPrincipal() who: Principal) {
    return this.merges.execute(who.tenantId, id, body.reason, who.subject, body.survivorId);
  }

  @Post(':id/keep-apart')
  @HttpCode(200)
  keepApart(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: ResolveReviewRequest, @CurrentPrincipal() who: Principal) {
    return this.separations.execute(who.tenantId, id, body.reason, who.subject);
  }
}
