import { parseProblemDetails, supportRequestId, toProblemDetails } from './problem-details';

describe('parseProblemDetails', () => {
  it('reads every member of a full problem body', () => {
    expect(
      parseProblemDetails({
        type: '/problems/validation',
        title: 'Invalid request',
        status: 400,
        detail: 'Two fields are invalid.',
        instance: '/api/v1/items',
        requestId: 'r-1',
        errors: [
          { field: 'title', message: 'must not be blank' },
          { field: 'slug', message: 'is taken' },
        ],
      }),
    ).toEqual({
      type: '/problems/validation',
      title: 'Invalid request',
      status: 400,
      detail: 'Two fields are invalid.',
      instance: '/api/v1/items',
      requestId: 'r-1',
      errors: [
        { field: 'title', message: 'must not be blank' },
        { field: 'slug', message: 'is taken' },
      ],
    });
  });

  it('defaults the type to about:blank and the title to the status phrase', () => {
    expect(parseProblemDetails({ status: 404 })).toEqual({
      type: 'about:blank',
      title: 'Not Found',
      status: 404,
      detail: undefined,
      instance: undefined,
      requestId: undefined,
      errors: [],
    });
  });

  it('skips malformed field errors', () => {
    const problem = parseProblemDetails({
      title: 'Invalid',
      errors: [{ field: 'a' }, 'nope', null, { message: 'global error' }],
    });
    expect(problem?.errors).toEqual([{ field: '', message: 'global error' }]);
  });

  it.each([null, undefined, 'text', 42, [], {}, { foo: 'bar' }])(
    'returns undefined for %j',
    (body) => {
      expect(parseProblemDetails(body)).toBeUndefined();
    },
  );
});

describe('toProblemDetails', () => {
  it('uses the problem body of an HTTP error', () => {
    const problem = toProblemDetails({
      status: 409,
      data: { title: 'Version conflict', detail: 'Someone else saved first.' },
    });
    expect(problem).toMatchObject({
      title: 'Version conflict',
      detail: 'Someone else saved first.',
      status: 409,
    });
  });

  it('falls back to the status phrase for a non-problem HTTP error', () => {
    expect(toProblemDetails({ status: 502, data: '<html>bad gateway</html>' })).toMatchObject({
      title: 'Bad Gateway',
      status: 502,
    });
  });

  it('explains a network failure', () => {
    expect(
      toProblemDetails({ status: 'FETCH_ERROR', error: 'TypeError: Failed to fetch' }),
    ).toMatchObject({ title: 'Cannot reach the server' });
  });

  it('explains an unreadable answer', () => {
    expect(
      toProblemDetails({
        status: 'PARSING_ERROR',
        originalStatus: 500,
        data: 'oops',
        error: 'SyntaxError',
      }),
    ).toMatchObject({ title: 'Internal Server Error', status: 500 });
  });

  it('handles serialized errors and nothing at all', () => {
    expect(toProblemDetails({ message: 'boom' })).toMatchObject({
      title: 'Something went wrong',
      detail: 'boom',
    });
    expect(toProblemDetails(undefined)).toMatchObject({ title: 'Something went wrong' });
  });
});

describe('supportRequestId', () => {
  const problem = { type: 'about:blank', title: 'x', requestId: 'r-9', errors: [] };

  it('keeps the request id of server faults', () => {
    expect(supportRequestId({ ...problem, status: 500 })).toBe('r-9');
    expect(supportRequestId({ ...problem, status: 503 })).toBe('r-9');
  });

  it('leaves it out of problems the user can fix', () => {
    expect(supportRequestId({ ...problem, status: 400 })).toBeUndefined();
    expect(supportRequestId({ ...problem, status: 409 })).toBeUndefined();
    expect(supportRequestId({ ...problem, status: 429 })).toBeUndefined();
  });
});
