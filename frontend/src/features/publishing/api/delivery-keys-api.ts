import { baseApi } from '@/lib/api/base-api';
import type { Page } from '@/lib/api/page';

import type { CreatedDeliveryKey, DeliveryKey } from './types';

const path = (channelId: string, rest = '') =>
  `/channels/${encodeURIComponent(channelId)}/delivery-keys${rest}`;
const keysTag = (channelId: string) => ({ type: 'DeliveryKey' as const, id: channelId });

/**
 * A delivery-api channel's keys (channels:manage). The key itself is answered once, by create;
 * the list only names keys by prefix. Every write invalidates the channel's list.
 */
export const deliveryKeysApi = baseApi
  .enhanceEndpoints({ addTagTypes: ['DeliveryKey'] })
  .injectEndpoints({
    endpoints: (build) => ({
      getDeliveryKeys: build.query<Page<DeliveryKey>, string>({
        query: (channelId) => path(channelId),
        providesTags: (_result, _error, channelId) => [keysTag(channelId)],
      }),
      createDeliveryKey: build.mutation<CreatedDeliveryKey, { channelId: string; name: string }>({
        query: ({ channelId, name }) => ({ url: path(channelId), method: 'POST', body: { name } }),
        invalidatesTags: (_result, _error, { channelId }) => [keysTag(channelId)],
      }),
      revokeDeliveryKey: build.mutation<void, { channelId: string; keyId: string }>({
        query: ({ channelId, keyId }) => ({
          url: path(channelId, `/${encodeURIComponent(keyId)}`),
          method: 'DELETE',
        }),
        invalidatesTags: (_result, _error, { channelId }) => [keysTag(channelId)],
      }),
    }),
  });

export const {
  useGetDeliveryKeysQuery,
  useCreateDeliveryKeyMutation,
  useRevokeDeliveryKeyMutation,
} = deliveryKeysApi;
