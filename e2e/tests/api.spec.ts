import { expect, test } from '@playwright/test';

test('an unknown API URL answers 404 as application/problem+json', async ({ request }) => {
  const response = await request.get('/api/v1/does-not-exist', {
    headers: { Accept: 'application/json, application/problem+json' },
  });

  expect(response.status()).toBe(404);
  expect(response.headers()['content-type']).toContain('application/problem+json');
  const problem = (await response.json()) as Record<string, unknown>;
  expect(problem).toMatchObject({ status: 404, instance: '/api/v1/does-not-exist' });
  expect(typeof problem.title).toBe('string');
  expect(typeof problem.type).toBe('string');
});
