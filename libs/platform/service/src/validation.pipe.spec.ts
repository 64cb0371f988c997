import { BadRequestException } from '@nestjs/common';
import { IsIn, IsString, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { requestValidationPipe } from './validation.pipe';

class Address {
  @IsString() line1!: string;
}
class Body {
  @IsIn(['adult', 'young']) kind!: string;
  @ValidateNested() @Type(() => Address) address!: Address;
}

describe('requestValidationPipe', () => {
  it('answers 400 listing each field and its reason, nested ones by path, and refuses unknown fields', async () => {
    const pipe = requestValidationPipe();
    const error = await pipe.transform({ kind: 'x', address: { line1: 3 }, extra: true }, { type: 'body', metatype: Body }).catch((e) => e);
    expect(error).toBeInstanceOf(BadRequestException);
    const fields = (error.getResponse() as { violations: { field: string }[] }).violations.map((v) => v.field).sort();
    expect(fields).toEqual(['address.line1', 'extra', 'kind']);
  });
});
