import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';

function flatten(errors: ValidationError[], prefix = ''): { field: string; reason: string }[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    return [...Object.values(e.constraints ?? {}).map((reason) => ({ field, reason })), ...flatten(e.children ?? [], field)];
  });
}

/** Every invalid field answers 400 with the field and the reason; unknown fields are refused too. */
export function requestValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => {
      const violations = flatten(errors);
      return new BadRequestException({ message: violations.map((v) => `${v.field}: ${v.reason}`).join('; '), violations });
    },
  });
}
