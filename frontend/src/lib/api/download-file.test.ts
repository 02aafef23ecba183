import { http, HttpResponse } from 'msw';

import { server } from '@/testing/server';

import { downloadFromApi, fileStamp } from './download-file';

describe('downloadFromApi', () => {
  it('saves the answer as a file', async () => {
    server.use(http.get('*/api/v1/files/report', () => HttpResponse.text('a,b\n')));
    const click = vi
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => undefined);

    await expect(downloadFromApi('/files/report', 'report.csv')).resolves.toBeNull();

    expect(click).toHaveBeenCalledOnce();
    expect(click.mock.contexts[0]).toHaveProperty('download', 'report.csv');
  });

  it('answers the problem the server sent', async () => {
    server.use(
      http.get('*/api/v1/files/report', () =>
        HttpResponse.json({ title: 'Forbidden', status: 403 }, { status: 403 }),
      ),
    );
    const failure = await downloadFromApi('/files/report', 'report.csv');
    expect(failure?.status).toBe(403);
    expect(failure?.data).toMatchObject({ title: 'Forbidden', status: 403 });
  });

  it('answers the status when the error has no problem body', async () => {
    server.use(http.get('*/api/v1/files/report', () => new HttpResponse('oops', { status: 502 })));
    expect(await downloadFromApi('/files/report', 'report.csv')).toEqual({
      status: 502,
      data: { status: 502 },
    });
  });

  it('answers a network failure', async () => {
    server.use(http.get('*/api/v1/files/report', () => HttpResponse.error()));
    const failure = await downloadFromApi('/files/report', 'report.csv');
    expect(failure?.status).toBe('FETCH_ERROR');
  });

  it('stamps files with the day', () => {
    expect(fileStamp()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
