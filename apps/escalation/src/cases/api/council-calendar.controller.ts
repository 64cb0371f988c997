import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@carers/platform/auth';
import { CouncilCalendarQuery } from '../application/council-calendar.query';

/** The day and the council's closure days every deadline here is counted on; the board counts working days left with them (ADR 0017). */
@ApiTags('calendar')
@ApiBearerAuth()
@Controller('calendar')
export class CouncilCalendarController {
  constructor(private readonly calendar: CouncilCalendarQuery) {}

  @Get()
  @Roles('board-member', 'council-officer', 'provider-worker')
  show(@CurrentPrincipal() who: Principal) {
    return this.calendar.execute(who.tenantId);
  }
}
