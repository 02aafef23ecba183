import { CONNECTORS, fakeChannel } from '@/testing/fake-publishing';

import { initialValues, serverErrors, slugify, toRequest } from './channel-form-values';

const webhook = CONNECTORS.find((c) => c.type === 'webhook')!;
const feed = CONNECTORS.find((c) => c.type === 'feed')!;

describe('channel form values', () => {
  it('makes a slug the server takes from any name', () => {
    expect(slugify('  Café Ünïcode -- News!! ')).toBe('cafe-unicode-news');
    expect(slugify('x'.repeat(80))).toHaveLength(60);
  });

  it('sends settings as strings, leaves out empty optional ones and keeps stored secrets', () => {
    const values = initialValues(feed);
    values.name = 'Feed';
    values.slug = 'feed';
    values.settings.title = ' The blog ';
    expect(toRequest(feed, values)).toEqual({
      connector: 'feed',
      name: 'Feed',
      slug: 'feed',
      requiresApproval: false,
      settings: { title: 'The blog' },
      secrets: {},
    });
    const edited = initialValues(webhook, fakeChannel());
    expect(edited.secrets.secret).toEqual({ mode: 'keep', value: '' });
    expect(toRequest(webhook, edited).secrets).toEqual({});
  });

  it('puts server problems on the fields the form has', () => {
    const error = {
      status: 400,
      data: {
        type: '/problems/validation-failed',
        title: 'Invalid',
        status: 400,
        errors: [
          { field: 'settings.url', message: 'is required' },
          { field: 'secrets.secret', message: 'too short' },
          { field: 'other', message: 'not on the form' },
        ],
      },
    };
    expect(serverErrors(error, webhook)).toEqual({
      'settings.url': 'is required',
      'secrets.secret.value': 'too short',
    });
  });
});
