/** The communications feature's API types, derived from the generated contract's routes (see lib/api-types.ts). */
import type { paths } from '../../../lib/api-types';

type CommunicationsRoute = paths['/api/v1/communications'];

export type CommunicationPage = CommunicationsRoute['get']['responses'][200]['content']['application/json'];
export type Communication = CommunicationPage['items'][number];
export type FactorTag = Communication['factorTags'][number];
export type CreateCommunicationBody = NonNullable<CommunicationsRoute['post']['requestBody']>['content']['application/json'];
export type FollowUpBody = NonNullable<CreateCommunicationBody['followUps']>[number];
export type UpdateCommunicationBody = NonNullable<paths['/api/v1/communications/{id}']['patch']['requestBody']>['content']['application/json'];
