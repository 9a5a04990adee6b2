/** The agreements feature's API types, derived from the generated contract's routes (see lib/api-types.ts). */
import type { paths } from '../../../lib/api-types';

type PartnerAgreementsRoute = paths['/api/v1/partners/{id}/agreements'];
type AgreementRoute = paths['/api/v1/agreements/{id}'];

export type AgreementPage = PartnerAgreementsRoute['get']['responses'][200]['content']['application/json'];
export type Agreement = AgreementPage['items'][number];
export type AgreementsQuery = NonNullable<PartnerAgreementsRoute['get']['parameters']['query']>;
/** 'false': in use only; 'true': archived only; 'all': both. */
export type ArchivedFilter = NonNullable<AgreementsQuery['archived']>;
export type CreateAgreementBody = NonNullable<PartnerAgreementsRoute['post']['requestBody']>['content']['application/json'];
export type UpdateAgreementBody = NonNullable<AgreementRoute['patch']['requestBody']>['content']['application/json'];
