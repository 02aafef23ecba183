import { useGetMeQuery } from '../api/me-api';
import { canAdminister } from '../api/types';

/** Whether the signed-in user may open the Admin area (needs `GET /me`). */
export function useCanAdminister(): boolean {
  const { data: me } = useGetMeQuery();
  return canAdminister(me);
}
