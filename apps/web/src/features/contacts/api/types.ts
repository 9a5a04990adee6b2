/** The contacts feature's API types, derived from the generated contract's routes (see lib/api-types.ts). */
import type { paths } from '../../../lib/api-types';

type PartnerContactsRoute = paths['/api/v1/partners/{id}/contacts'];
type ContactRoute = paths['/api/v1/contacts/{id}'];

export type ContactPage = PartnerContactsRoute['get']['responses'][200]['content']['application/json'];
export type Contact = ContactPage['items'][number];
export type ContactsQuery = NonNullable<PartnerContactsRoute['get']['parameters']['query']>;
/** 'false': in use only; 'true': archived only; 'all': both. */
export type ArchivedFilter = NonNullable<ContactsQuery['archived']>;
export type CreateContactBody = NonNullable<PartnerContactsRoute['post']['requestBody']>['content']['application/json'];
export type UpdateContactBody = NonNullable<ContactRoute['patch']['requestBody']>['content']['application/json'];
