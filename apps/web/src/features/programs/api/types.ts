/** The programs feature's API types, derived from the generated contract's routes (see lib/api-types.ts). */
import type { paths } from '../../../lib/api-types';

type JsonOf<Response> = Response extends { content: { 'application/json': infer Body } } ? Body : never;
type RequestJsonOf<Operation> = Operation extends { requestBody?: { content: { 'application/json': infer Body } } } ? Body : never;

type ProgramsRoute = paths['/api/v1/programs'];
type ProgramRoute = paths['/api/v1/programs/{id}'];
type ProgramRolesRoute = paths['/api/v1/programs/{id}/roles'];
type ProgramRoleRoute = paths['/api/v1/program-roles/{id}'];
type ProgramSessionsRoute = paths['/api/v1/programs/{id}/sessions'];

export type Program = JsonOf<ProgramRoute['get']['responses'][200]>;
export type ProgramPage = JsonOf<ProgramsRoute['get']['responses'][200]>;
export type ProgramsListQuery = NonNullable<ProgramsRoute['get']['parameters']['query']>;
export type ProgramSort = NonNullable<ProgramsListQuery['sort']>;
export type CreateProgramBody = RequestJsonOf<ProgramsRoute['post']>;
export type UpdateProgramBody = RequestJsonOf<ProgramRoute['patch']>;
export type ProgramChecklist = Program['checklist'];
export type ProgramPartner = Program['partners'][number];

export type ProgramCalendar = JsonOf<paths['/api/v1/programs/calendar']['get']['responses'][200]>;
export type ProgramCalendarDay = ProgramCalendar['days'][number];
export type ProgramCalendarItem = ProgramCalendarDay['items'][number];

export type ProgramRolePage = JsonOf<ProgramRolesRoute['get']['responses'][200]>;
export type ProgramRoleRecord = ProgramRolePage['items'][number];
export type CreateProgramRoleBody = RequestJsonOf<ProgramRolesRoute['post']>;
export type UpdateProgramRoleBody = RequestJsonOf<ProgramRoleRoute['patch']>;

export type ProgramSessionPage = JsonOf<ProgramSessionsRoute['get']['responses'][200]>;
export type ProgramSession = ProgramSessionPage['items'][number];
export type SessionGridBody = RequestJsonOf<ProgramSessionsRoute['put']>;
export type SessionGridRow = SessionGridBody['sessions'][number];

/** 'false': in use only; 'true': archived only; 'all': both. */
export type ArchivedFilter = NonNullable<NonNullable<ProgramRolesRoute['get']['parameters']['query']>['archived']>;
