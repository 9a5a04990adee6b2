import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findProjectRoot } from '../config/project-root';
import { API_NODE_FLAGS } from './api-process';

/**
 * The benchmark must measure the API as it is run: `npm start` and the production image start Node with the same
 * flags as the benchmark's API process (the heap ceiling the memory target depends on).
 */
describe('the API’s Node flags', () => {
  const root = findProjectRoot();
  const flags = API_NODE_FLAGS.join(' ');

  it('are the ones `npm start` runs the API with', () => {
    const start = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts['start'];
    expect(start).toContain(`node ${flags} apps/api/dist/apps/api/src/main.js`);
  });

  it('are the ones the production image runs the API with', () => {
    const cmd = readFileSync(join(root, 'Dockerfile'), 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('CMD '))
      .at(-1);
    expect(cmd).toBe(`CMD ${JSON.stringify(['node', ...API_NODE_FLAGS, 'apps/api/dist/apps/api/src/main.js'])}`.replaceAll('","', '", "'));
  });
});
