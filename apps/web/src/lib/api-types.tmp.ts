/**
 * TEMPORARY hand-written stand-in for the openapi-typescript output (libs/api-client/src/schema.ts), shaped the
 * same way so that `lib/api-types.ts` can switch to the generated file by changing one import. Delete this file
 * once the generated types exist. Only `lib/api-types.ts` may import it.
 */

type JsonContent<T> = { headers: { [name: string]: unknown }; content: { 'application/json': T } };
type ProblemContent = { headers: { [name: string]: unknown }; content: { 'application/problem+json': components['schemas']['Problem'] } };
type NoContent = { headers: { [name: string]: unknown }; content?: never };
type JsonBody<T> = { content: { 'application/json': T } };
type NoParams = { query?: never; header?: never; path?: never; cookie?: never };
type IdParams = { query?: never; header?: never; path: { id: string }; cookie?: never };
type Unused = { get?: never; put?: never; post?: never; delete?: never; options?: never; head?: never; patch?: never; trace?: never };

export interface components {
  schemas: {
    Me: { id: string; name: string; email: string; role: 'librarian' | 'manager' | 'admin' };
    User: {
      id: string;
      name: string;
      email: string;
      role: 'librarian' | 'manager' | 'admin';
      active: boolean;
      lastSignedInAt: string | null;
      createdAt: string;
      updatedAt: string;
      version: number;
    };
    UserList: { items: components['schemas']['User'][]; total: number; nextCursor: string | null };
    LoginRequest: { email: string; password: string };
    LoginResponse: { user: components['schemas']['Me'] };
    CreateUserRequest: { name: string; email: string; role: 'librarian' | 'manager' | 'admin'; password: string };
    UpdateUserRequest: {
      version: number;
      name?: string;
      email?: string;
      role?: 'librarian' | 'manager' | 'admin';
      password?: string;
    };
    VersionRequest: { version: number };
    FieldError: { field: string; message: string };
    Problem: {
      type: string;
      title: string;
      status: number;
      detail?: string;
      instance?: string;
      traceId?: string;
      errors?: components['schemas']['FieldError'][];
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}

export interface paths {
  '/api/v1/auth/login': Omit<Unused, 'post'> & {
    parameters: NoParams;
    post: {
      parameters: NoParams;
      requestBody: JsonBody<components['schemas']['LoginRequest']>;
      responses: { 200: JsonContent<components['schemas']['LoginResponse']>; 401: ProblemContent; 429: ProblemContent };
    };
  };
  '/api/v1/auth/logout': Omit<Unused, 'post'> & {
    parameters: NoParams;
    post: { parameters: NoParams; requestBody?: never; responses: { 204: NoContent } };
  };
  '/api/v1/auth/me': Omit<Unused, 'get'> & {
    parameters: NoParams;
    get: {
      parameters: NoParams;
      requestBody?: never;
      responses: { 200: JsonContent<components['schemas']['Me']>; 401: ProblemContent };
    };
  };
  '/api/v1/users': Omit<Unused, 'get' | 'post'> & {
    parameters: NoParams;
    get: {
      parameters: {
        query?: {
          limit?: number;
          offset?: number;
          cursor?: string;
          q?: string;
          sort?: 'name' | '-name' | 'email' | '-email' | 'role' | '-role' | 'createdAt' | '-createdAt';
          includeInactive?: boolean;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: { 200: JsonContent<components['schemas']['UserList']>; 400: ProblemContent; 403: ProblemContent };
    };
    post: {
      parameters: NoParams;
      requestBody: JsonBody<components['schemas']['CreateUserRequest']>;
      responses: {
        201: JsonContent<components['schemas']['User']>;
        400: ProblemContent;
        403: ProblemContent;
        409: ProblemContent;
      };
    };
  };
  '/api/v1/users/{id}': Omit<Unused, 'get' | 'patch'> & {
    parameters: IdParams;
    get: {
      parameters: IdParams;
      requestBody?: never;
      responses: { 200: JsonContent<components['schemas']['User']>; 404: ProblemContent };
    };
    patch: {
      parameters: IdParams;
      requestBody: JsonBody<components['schemas']['UpdateUserRequest']>;
      responses: {
        200: JsonContent<components['schemas']['User']>;
        400: ProblemContent;
        404: ProblemContent;
        409: ProblemContent;
      };
    };
  };
  '/api/v1/users/{id}/deactivate': Omit<Unused, 'post'> & {
    parameters: IdParams;
    post: {
      parameters: IdParams;
      requestBody: JsonBody<components['schemas']['VersionRequest']>;
      responses: { 200: JsonContent<components['schemas']['User']>; 404: ProblemContent; 409: ProblemContent };
    };
  };
  '/api/v1/users/{id}/reactivate': Omit<Unused, 'post'> & {
    parameters: IdParams;
    post: {
      parameters: IdParams;
      requestBody: JsonBody<components['schemas']['VersionRequest']>;
      responses: { 200: JsonContent<components['schemas']['User']>; 404: ProblemContent; 409: ProblemContent };
    };
  };
}
