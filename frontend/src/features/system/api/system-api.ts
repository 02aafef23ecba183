import { baseApi } from '@/lib/api/base-api';

export type HealthStatus = 'UP' | 'DOWN' | 'OUT_OF_SERVICE' | 'UNKNOWN';

/** The answer of `GET /api/v1/system`. Instants are ISO-8601 in UTC. */
export interface SystemInfo {
  name: string;
  version: string;
  commit: string | null;
  buildTime: string | null;
  status: HealthStatus;
  database: {
    kind: 'embedded' | 'external';
    product: string;
    version: string;
  };
  dataDirectory: string | null;
  javaVersion: string;
  startedAt: string;
}

export const systemApi = baseApi.injectEndpoints({
  endpoints: (build) => ({
    getSystemInfo: build.query<SystemInfo, void>({
      query: () => '/system',
      providesTags: ['System'],
    }),
  }),
});

export const { useGetSystemInfoQuery } = systemApi;
