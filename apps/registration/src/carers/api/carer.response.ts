import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Carer } from '../domain/carer';
import { RegisterCarerRequest } from './register-carer.request';

/** A carer as the API shows it: the registration fields (identity absent once anonymised) and where the record is in its life. */
export class CarerResponse extends PartialType(RegisterCarerRequest) {
  @ApiProperty() id!: string;
  @ApiProperty() registeredOn!: string;
  @ApiProperty({ enum: ['active', 'deregistered', 'merged', 'anonymised'] }) status!: string;
  @ApiPropertyOptional() deregisteredOn?: string;
  @ApiPropertyOptional() deregistrationReason?: string;
  @ApiPropertyOptional({ description: 'the record this one was merged into' }) mergedInto?: string;
  @ApiPropertyOptional({ description: 'why the record must not be erased' }) legalHold?: string;
  @ApiPropertyOptional() anonymisedOn?: string;
}

/** Maps a carer to what the API shows; once anonymised, only the fields that identify no one. */
export function toResponse(carer: Carer): CarerResponse {
  const l = carer.lifecycle;
  const lifecycle = {
    status: l.status,
    deregisteredOn: l.deregisteredOn,
    deregistrationReason: l.deregistrationReason,
    mergedInto: l.mergedInto,
    legalHold: l.legalHold,
  };
  if (l.status === 'anonymised') {
    const { kind, providerId, areaBoard, hoursBand } = carer.details;
    return {
      id: carer.id,
      kind,
      providerId,
      areaBoard,
      hoursBand,
      registeredOn: carer.registeredOn,
      ...lifecycle,
      anonymisedOn: l.anonymisedOn,
    };
  }
  return { id: carer.id, ...carer.details, registeredOn: carer.registeredOn, ...lifecycle };
}
