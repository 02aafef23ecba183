import { baseApi } from '@/lib/api/base-api';
import { LIST, listTags } from '@/lib/api/cache-tags';
import type { Page } from '@/lib/api/page';

import type {
  Channel,
  ChannelHealth,
  ChannelRequest,
  ConnectorSpec,
  CreatedChannel,
  RotatedSecrets,
} from './types';

const path = (id: string, rest = '') => `/channels/${encodeURIComponent(id)}${rest}`;
const channelTag = (id: string) => ({ type: 'Channel' as const, id });
const listTag = { type: 'Channel' as const, id: LIST };

/**
 * Channels and their connector types. The list provides a tag per channel and `LIST`; a write
 * invalidates the channel it touched (and `LIST` when the list's set or order can change).
 */
export const channelsApi = baseApi
  .enhanceEndpoints({ addTagTypes: ['Channel', 'Attempt'] })
  .injectEndpoints({
    endpoints: (build) => ({
      getConnectorTypes: build.query<{ items: ConnectorSpec[] }, void>({
        query: () => '/channels/connectors',
        // Fixed by the server's code: no need to ask again during a session.
        keepUnusedDataFor: 3600,
      }),
      /** Tens of channels at most: the server answers them all on one page. */
      getChannels: build.query<Page<Channel>, void>({
        query: () => '/channels',
        providesTags: (result) => listTags('Channel', result?.items, (c) => c.id),
      }),
      getChannel: build.query<Channel, string>({
        query: (id) => path(id),
        providesTags: (_result, _error, id) => [channelTag(id)],
      }),
      createChannel: build.mutation<CreatedChannel, ChannelRequest>({
        query: (body) => ({ url: '/channels', method: 'POST', body }),
        invalidatesTags: [listTag],
      }),
      updateChannel: build.mutation<Channel, { id: string; version: number; body: ChannelRequest }>(
        {
          query: ({ id, version, body }) => ({
            url: path(id),
            method: 'PUT',
            headers: { 'If-Match': `"${version}"` },
            body,
          }),
          invalidatesTags: (_result, _error, { id }) => [channelTag(id), listTag],
        },
      ),
      deleteChannel: build.mutation<void, string>({
        query: (id) => ({ url: path(id), method: 'DELETE' }),
        invalidatesTags: (_result, error, id) => (error ? [] : [channelTag(id), listTag]),
      }),
      /** Asks the connector whether the credentials work now; a failing check is still a 200. */
      testChannel: build.mutation<ChannelHealth, string>({
        query: (id) => ({ url: path(id, '/test'), method: 'POST' }),
        invalidatesTags: (_result, _error, id) => [channelTag(id)],
      }),
      rotateSecret: build.mutation<RotatedSecrets, { id: string; overlapHours: number }>({
        query: ({ id, overlapHours }) => ({
          url: path(id, '/rotate-secret'),
          method: 'POST',
          body: { overlapHours },
        }),
        invalidatesTags: (_result, _error, { id }) => [channelTag(id)],
      }),
      /**
       * The signed-in user's permissions. Identity's own `getMe` is another feature's internals,
       * so publishing asks `/me` itself; the `Me` tag keeps it fresh when the user changes.
       */
      getPublishingCaller: build.query<{ id: string; permissions: string[] }, void>({
        query: () => '/me',
        providesTags: ['Me'],
      }),
    }),
  });

export const {
  useGetConnectorTypesQuery,
  useGetChannelsQuery,
  useGetChannelQuery,
  useCreateChannelMutation,
  useUpdateChannelMutation,
  useDeleteChannelMutation,
  useTestChannelMutation,
  useRotateSecretMutation,
  useGetPublishingCallerQuery,
} = channelsApi;
