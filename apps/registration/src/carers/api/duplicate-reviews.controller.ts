import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@carers/platform/auth';
import { ResolveDuplicateReviewHandler } from '../application/resolve-duplicate-review.handler';
import { ListReviewsQuery, MergeReviewRequest, ResolveReviewRequest } from './carer-changes.request';

/** The queue of records that may be one person; a council officer merges them or keeps them apart. */
@ApiTags('duplicate reviews')
@ApiBearerAuth()
@Roles('council-officer')
@Controller('duplicate-reviews')
export class DuplicateReviewsController {
  constructor(private readonly reviews: ResolveDuplicateReviewHandler) {}

  @Get()
  async list(@Query() query: ListReviewsQuery, @CurrentPrincipal() who: Principal) {
    return { reviews: await this.reviews.list(who.tenantId, query.status ?? 'open') };
  }

  @Post(':id/merge')
  @HttpCode(200)
  merge(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: MergeReviewRequest, @CurrentPrincipal() who: Principal) {
    return this.reviews.merge(who.tenantId, id, body.reason, who.subject, body.survivorId);
  }

  @Post(':id/keep-apart')
  @HttpCode(200)
  keepApart(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: ResolveReviewRequest, @CurrentPrincipal() who: Principal) {
    return this.reviews.keepApart(who.tenantId, id, body.reason, who.subject);
  }
}
