import { LIST, listTags } from './cache-tags';

describe('listTags', () => {
  it('tags every item by id and the list as a whole', () => {
    expect(listTags('User', [{ id: 'a' }, { id: 'b' }], (u) => u.id)).toEqual([
      { type: 'User', id: 'a' },
      { type: 'User', id: 'b' },
      { type: 'User', id: LIST },
    ]);
  });

  it('still tags the list when there is no result', () => {
    expect(listTags('Role', undefined, (r: { name: string }) => r.name)).toEqual([
      { type: 'Role', id: LIST },
    ]);
  });
});
