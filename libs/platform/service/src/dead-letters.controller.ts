import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { REJECTION_REASONS, TOPIC_REGISTRY } from '@carers/contracts';
import { CurrentPrincipal, Principal, Roles } from '@carers/platform/auth';
import { DeadLetters, DeadLetterScope } from '@carers/platform/messaging';

class ListDeadLettersQuery {
  @IsOptional() @IsIn(['parked', 'replayed', 'discarded', 'all']) status?: 'parked' | 'replayed' | 'discarded' | 'all';
  /** A topic, or a per-provider family for every provider's topic of it (ADR 0014). */
  @IsOptional() @IsIn(TOPIC_REGISTRY.map((t) => t.name)) topic?: string;
  @IsOptional() @IsIn(REJECTION_REASONS) reason?: string;
  @IsOptional() @Matches(/^\d{1,18}$/, { message: 'after must be the id of the last dead letter of the previous page' }) after?: string;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) limit?: number;
}

class DiscardRequest {
  @IsString() @IsNotEmpty() @MaxLength(500) reason!: string;
}

class DeadLetterId {
  @Matches(/^\d{1,18}$/, { message: 'id must be a dead-letter number' }) id!: string;
}

/** A council's administrator sees and acts on that council's parked messages; the platform operator on every council's (ADR 0012). */
function scopeOf(who: Principal): DeadLetterScope {
  return who.roles.includes('platform-operator') ? { kind: 'platform' } : { kind: 'council', tenantId: who.tenantId };
}

@ApiTags('admin: dead letters')
@ApiBearerAuth()
@Roles('platform-admin', 'platform-operator')
@Controller('admin/dead-letters')
export class DeadLettersController {
  constructor(private readonly deadLetters: DeadLetters) {}

  @Get()
  list(@Query() query: ListDeadLettersQuery, @CurrentPrincipal() who: Principal) {
    return this.deadLetters.list(scopeOf(who), query);
  }

  @Post('replay')
  @HttpCode(200)
  replayAll(@CurrentPrincipal() who: Principal) {
    return this.deadLetters.replayAll(scopeOf(who), who.subject);
  }

  @Post(':id/replay')
  @HttpCode(200)
  replay(@Param() { id }: DeadLetterId, @CurrentPrincipal() who: Principal) {
    return this.deadLetters.replay(scopeOf(who), id, who.subject);
  }

  @Post(':id/discard')
  @HttpCode(200)
  discard(@Param() { id }: DeadLetterId, @Body() body: DiscardRequest, @CurrentPrincipal() who: Principal) {
    return this.deadLetters.discard(scopeOf(who), id, who.subject, body.reason);
  }
}
