/** The home page's API types ("my day"), derived from the generated contract's routes (see lib/api-types.ts). */
import type { paths } from '../../../lib/api-types';

export type MyDay = paths['/api/v1/my-day']['get']['responses'][200]['content']['application/json'];
export type QuietPartner = MyDay['quietPartners'][number];
