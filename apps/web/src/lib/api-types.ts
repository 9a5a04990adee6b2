/**
 * Where the SPA's API types come from, and the friendly names the features use.
 *
 * The import below is the ONE line to change when libs/api-client/src/schema.ts is generated:
 *   export type { paths } from '@common-ground/api-client';
 * then delete api-types.tmp.ts. Aliases are derived from routes (which API.md fixes), not from schema names
 * (which follow the API's DTO class names), so the switch does not depend on what the DTOs are called.
 */
import type { paths } from './api-types.tmp';

export type { paths };

type JsonOf<Response> = Response extends { content: { 'application/json': infer Body } } ? Body : never;
type RequestJsonOf<Operation> = Operation extends { requestBody?: { content: { 'application/json': infer Body } } }
  ? Body
  : never;

export type Me = JsonOf<paths['/api/v1/auth/me']['get']['responses'][200]>;
export type User = JsonOf<paths['/api/v1/users/{id}']['patch']['responses'][200]>;
export type UserList = JsonOf<paths['/api/v1/users']['get']['responses'][200]>;
export type UsersListQuery = NonNullable<paths['/api/v1/users']['get']['parameters']['query']>;
export type LoginBody = RequestJsonOf<paths['/api/v1/auth/login']['post']>;
export type CreateUserBody = RequestJsonOf<paths['/api/v1/users']['post']>;
export type UpdateUserBody = RequestJsonOf<paths['/api/v1/users/{id}']['patch']>;
