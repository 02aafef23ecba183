import { queryParams, queryString } from './query-params';

describe('query params', () => {
  it('drops empty values', () => {
    expect(queryParams({ q: '', cursor: null, to: undefined, limit: 50, action: 'a' })).toEqual({
      limit: 50,
      action: 'a',
    });
  });

  it('builds an encoded query string of what is left', () => {
    expect(queryString({ action: 'user.login', actorId: '', format: 'csv', q: 'a b&c' })).toBe(
      'action=user.login&format=csv&q=a+b%26c',
    );
    expect(queryString({ q: '' })).toBe('');
  });
});
