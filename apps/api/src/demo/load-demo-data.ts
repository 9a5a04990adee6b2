import type { UsersService } from '../modules/users/users.service';
import { DEMO_PASSWORD, DEMO_STAFF } from './demo-staff';

export interface DemoServices {
  users: UsersService;
}

/**
 * Loads the demo library on a first start (an empty database). Each capability adds its records here, in
 * dependency order, through its own service so demo data obeys the same rules and audit as real data.
 */
export async function loadDemoData(services: DemoServices): Promise<void> {
  for (const person of DEMO_STAFF) {
    await services.users.create(null, { ...person, password: DEMO_PASSWORD });
  }
}
