import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { GSS_CODE, PROVIDER_ID, PROVIDER_ROLES, ProviderRole } from '@carers/contracts';

export class ProviderContractPath {
  @Matches(PROVIDER_ID, {
    message: 'providerId must be 2 to 40 lower-case letters, digits and hyphens (it names the Kafka user and topics)',
  })
  providerId!: string;
  @Matches(GSS_CODE, { message: 'councilId must be a council GSS code such as E06000054' }) councilId!: string;
}

export class ProviderContractRequest {
  @ApiProperty({ example: 'Vale Family Support' }) @IsString() @MinLength(2) @MaxLength(120) name!: string;
  @ApiProperty({ example: 'carers-together-consortium' })
  @Matches(/^[a-z0-9][a-z0-9-]{1,59}$/, { message: 'consortiumId must be the consortium id the council commissions' })
  consortiumId!: string;
  @ApiProperty({ enum: PROVIDER_ROLES }) @IsIn(PROVIDER_ROLES) role!: ProviderRole;
}

export class CouncilQuery {
  @Matches(GSS_CODE, { message: 'councilId must be a council GSS code such as E06000054' }) councilId!: string;
}
