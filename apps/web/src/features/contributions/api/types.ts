/** The contributions feature's API types, derived from the generated contract's routes (see lib/api-types.ts). */
import type { paths } from '../../../lib/api-types';

type ContributionsRoute = paths['/api/v1/contributions'];
type ContributionRoute = paths['/api/v1/contributions/{id}'];

export type ContributionPage = ContributionsRoute['get']['responses'][200]['content']['application/json'];
export type Contribution = ContributionPage['items'][number];
export type ContributionTotals = ContributionPage['totals'];
export type ContributionsQuery = NonNullable<ContributionsRoute['get']['parameters']['query']>;
export type CreateContributionBody = NonNullable<ContributionsRoute['post']['requestBody']>['content']['application/json'];
export type UpdateContributionBody = NonNullable<ContributionRoute['patch']['requestBody']>['content']['application/json'];
