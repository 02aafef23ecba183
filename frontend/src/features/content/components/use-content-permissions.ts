import { useGetContentCallerQuery } from '../api/list-api';

/** What the signed-in user may do with content; false until `/me` answers. */
export function useContentPermissions() {
  const { data } = useGetContentCallerQuery();
  const has = (permission: string) => data?.permissions.includes(permission) ?? false;
  return {
    canCreate: has('content:write-own') || has('content:write-any'),
    canImport: has('content:write-own'),
    canBulk: has('content:write-any'),
    canDelete: has('content:delete'),
    userId: data?.id,
    me: data ? { value: data.id, label: `${data.displayName} (me)` } : undefined,
  };
}
