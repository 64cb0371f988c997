import { Controller, Get, NotFoundException, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@carers/platform/auth';
import { UnitOfWork } from '@carers/platform/persistence';

@ApiTags('carers known to assessments')
@ApiBearerAuth()
@Roles('council-officer')
@Controller('known-carers')
export class KnownCarersController {
  constructor(private readonly uow: UnitOfWork) {}

  @Get(':carerId')
  async get(@Param('carerId', new ParseUUIDPipe()) carerId: string, @CurrentPrincipal() who: Principal) {
    const [row] = await this.uow.run(who.tenantId, (tx) =>
      tx.query(`SELECT carer_id AS "carerId", kind, age_band AS "ageBand", provider_id AS "providerId",
                       to_char(registered_on, 'YYYY-MM-DD') AS "registeredOn", seen_at AS "seenAt"
                  FROM known_carer WHERE carer_id = $1`, [carerId]));
    if (!row) throw new NotFoundException(`Assessments has not seen carer ${carerId}.`);
    return row;
  }
}
