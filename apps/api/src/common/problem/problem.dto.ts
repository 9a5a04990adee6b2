import { applyDecorators } from '@nestjs/common';
import { ApiDefaultResponse, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class FieldErrorDto {
  @ApiProperty({ example: 'email' }) field: string;
  @ApiProperty({ example: 'Enter an email address in the correct format, like name@library.org.' }) message: string;
}

/** RFC 9457 problem details, the body of every error answer (content type application/problem+json). */
export class ProblemDto {
  @ApiProperty({ example: 'https://common-ground.example/problems/validation-failed' }) type: string;
  @ApiProperty({ example: 'Some of the information needs correcting' }) title: string;
  @ApiProperty({ example: 400 }) status: number;
  @ApiProperty({ description: 'What happened and what to do, in words a person can act on.' }) detail: string;
  @ApiProperty({ example: '/api/v1/users' }) instance: string;
  @ApiProperty({ description: 'Quote it to an administrator; it appears in the server log.' }) traceId: string;
  @ApiPropertyOptional({ type: [FieldErrorDto] }) errors?: FieldErrorDto[];
}

/** Documents the problem answer on every route of a controller. */
export const ApiProblems = () =>
  applyDecorators(ApiDefaultResponse({ type: ProblemDto, description: 'A problem (application/problem+json).' }));
