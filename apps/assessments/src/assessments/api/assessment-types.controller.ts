import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '@carers/platform/auth';
import { AssessmentTypesQuery } from '../application/assessment-types.query';

/** What each assessment type must cover, for the forms and the provider systems that fill them. */
@ApiTags('assessments')
@ApiBearerAuth()
@Roles('council-officer', 'provider-worker')
@Controller('assessment-types')
export class AssessmentTypesController {
  constructor(private readonly types: AssessmentTypesQuery) {}

  @Get()
  list() {
    return { types: this.types.execute() };
  }
}
