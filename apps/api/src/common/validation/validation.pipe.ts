import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { DomainError, type FieldError } from '../problem/domain-error';

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    // Array items are named as people (and forms) write them: followUps[1].dueOn, not followUps.1.dueOn.
    const field = /^\d+$/.test(error.property) ? `${parent}[${error.property}]` : parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([rule, message]) => ({
      field,
      // class-validator's own wording for unknown fields is technical; say it in words.
      message: rule === 'whitelistValidation' ? `"${error.property}" is not a field this form accepts. Remove it.` : message,
    }));
    return own.concat(flatten(error.children ?? [], field));
  });
}

/**
 * Every body and query string goes through a DTO class: unknown fields are refused (not silently dropped), and
 * each problem is reported against its field.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    // One message per field: the first rule it breaks is the one to fix.
    stopAtFirstError: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const fieldErrors = flatten(errors);
      const count = fieldErrors.length;
      return new DomainError(
        'validation_failed',
        count === 1 ? fieldErrors[0]!.message : `There are ${count} problems with what was sent. Each is listed with its field.`,
        fieldErrors,
      );
    },
  });
}
