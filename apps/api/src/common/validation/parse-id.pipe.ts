import { Injectable, type PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { DomainError } from '../problem/domain-error';

/** A malformed id in a path can only mean a record that does not exist: answer 404, as for any missing record. */
@Injectable()
export class ParseIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!isUUID(value)) throw new DomainError('not_found', 'We could not find that record. The link may be wrong.');
    return value;
  }
}
