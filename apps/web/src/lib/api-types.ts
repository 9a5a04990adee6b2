/**
 * The SPA's API types, all generated from the API's OpenAPI document (libs/api-client), and the friendly names the
 * features use. Aliases are derived from routes (which API.md fixes), not from schema names (which follow the API's
 * DTO class names), so renaming a DTO does not ripple through the app.
 */
import type { paths } from '@common-ground/api-client';

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

export type Partner = JsonOf<paths['/api/v1/partners/{id}']['get']['responses'][200]>;
export type PartnerList = JsonOf<paths['/api/v1/partners']['get']['responses'][200]>;
export type PartnersListQuery = NonNullable<paths['/api/v1/partners']['get']['parameters']['query']>;
export type CreatePartnerBody = RequestJsonOf<paths['/api/v1/partners']['post']>;
export type UpdatePartnerBody = RequestJsonOf<paths['/api/v1/partners/{id}']['patch']>;
