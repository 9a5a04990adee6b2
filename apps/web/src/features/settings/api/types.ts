/** The settings feature's API types, derived from the generated contract's routes (see lib/api-types.ts). */
import type { paths } from '../../../lib/api-types';

type SettingsRoute = paths['/api/v1/settings'];

export type Settings = SettingsRoute['get']['responses'][200]['content']['application/json'];
export type UpdateSettingsBody = NonNullable<SettingsRoute['patch']['requestBody']>['content']['application/json'];
