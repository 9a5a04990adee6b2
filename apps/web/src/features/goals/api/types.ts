/** The goals feature's API types, derived from the generated contract's routes (see lib/api-types.ts). */
import type { paths } from '../../../lib/api-types';

type PartnerGoalsRoute = paths['/api/v1/partners/{id}/goals'];
type GoalRoute = paths['/api/v1/goals/{id}'];

export type GoalPage = PartnerGoalsRoute['get']['responses'][200]['content']['application/json'];
export type Goal = GoalPage['items'][number];
export type GoalsQuery = NonNullable<PartnerGoalsRoute['get']['parameters']['query']>;
/** 'false': in use only; 'true': archived only; 'all': both. */
export type ArchivedFilter = NonNullable<GoalsQuery['archived']>;
export type CreateGoalBody = NonNullable<PartnerGoalsRoute['post']['requestBody']>['content']['application/json'];
export type UpdateGoalBody = NonNullable<GoalRoute['patch']['requestBody']>['content']['application/json'];
