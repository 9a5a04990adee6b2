import { it, expect } from 'vitest';
it('probe', () => {
  console.log(typeof window, location.href, Request === globalThis.Request);
  let ok = true;
  try { new Request('/api/x'); } catch (e) { ok = false; console.log(String(e)); }
  console.log('relative Request ok', ok);
  expect(1).toBe(1);
});
