import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength, Matches } from 'class-validator';
import { CurrentPrincipal, Principal, Roles } from '@carers/platform/auth';
import { DeadLetters } from '@carers/platform/messaging';

class ListDeadLettersQuery {
  @IsOptional() @IsIn(['parked', 'replayed', 'discarded', 'all']) status?: string;
}

class DiscardRequest {
  @IsString() @IsNotEmpty() @MaxLength(500) reason!: string;
}

class DeadLetterId {
  @Matches(/^\d{1,18}$/, { message: 'id must be a dead-letter number' }) id!: string;
}

@ApiTags('admin: dead letters')
@ApiBearerAuth()
@Roles('platform-admin')
@Controller('admin/dead-letters')
export class DeadLettersController {
  constructor(private readonly deadLetters: DeadLetters) {}

  @Get()
  list(@Query() query: ListDeadLettersQuery) {
    return this.deadLetters.list(query.status ?? 'parked');
  }

  @Post('replay')
  @HttpCode(200)
  replayAll(@CurrentPrincipal() who: Principal) {
    return this.deadLetters.replayAll(who.subject);
  }

  @Post(':id/replay')
  @HttpCode(200)
  replay(@Param() { id }: DeadLetterId, @CurrentPrincipal() who: Principal) {
    return this.deadLetters.replay(id, who.subject);
  }

  @Post(':id/discard')
  @HttpCode(200)
  discard(@Param() { id }: DeadLetterId, @Body() body: DiscardRequest, @CurrentPrincipal() who: Principal) {
    return this.deadLetters.discard(id, who.subject, body.reason);
  }
}
