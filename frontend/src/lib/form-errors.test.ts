import { fieldErrors } from './form-errors';

describe('fieldErrors', () => {
  const problem = {
    status: 400,
    data: {
      title: 'Bad Request',
      status: 400,
      errors: [
        { field: 'email', message: 'must be an address' },
        { field: 'email', message: 'is taken' },
        { field: 'other', message: 'not on this form' },
      ],
    },
  };

  it('maps the form fields of a validation problem, joining several messages', () => {
    expect(fieldErrors(problem, ['email', 'name'])).toEqual({
      email: 'must be an address; is taken',
    });
  });

  it('maps nothing for a problem without field errors', () => {
    expect(fieldErrors({ status: 'FETCH_ERROR', error: 'x' }, ['email'])).toEqual({});
  });
});
