/** The impact notes feature's API types, derived from the generated contract's routes (see lib/api-types.ts). */
import type { paths } from '../../../lib/api-types';

type ImpactNotesRoute = paths['/api/v1/impact-notes'];
type ImpactNoteRoute = paths['/api/v1/impact-notes/{id}'];

export type ImpactNotePage = ImpactNotesRoute['get']['responses'][200]['content']['application/json'];
export type ImpactNote = ImpactNotePage['items'][number];
export type ImpactNotesQuery = NonNullable<ImpactNotesRoute['get']['parameters']['query']>;
export type CreateImpactNoteBody = NonNullable<ImpactNotesRoute['post']['requestBody']>['content']['application/json'];
export type UpdateImpactNoteBody = NonNullable<ImpactNoteRoute['patch']['requestBody']>['content']['application/json'];
