import 'reflect-metadata';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../../../migrations';
import { ENTITIES } from './entities';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/**
 * The one DataSource definition, used by the app, the migration CLI and the tests.
 * synchronize is always off: the schema changes only through migrations/.
 */
export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    logging: ['error'],
    // JIT off: the API's statements are short reads and writes; when a big estimated cost (a large OR of search
    // terms, say) crosses jit_above_cost, compiling costs ~100 ms more than the statement itself.
    extra: { max: 10, application_name: 'common-ground', options: '-c jit=off' },
  };
}

export function createDataSource(url: string): DataSource {
  return new DataSource(dataSourceOptions(url));
}
