import { baseApi } from '@/lib/api/base-api';

/** Where a setting's value comes from; `environment` values are read-only in the UI. */
export type SettingSource = 'environment' | 'saved' | 'default';

export interface InstanceSettings {
  siteName: string;
  publicUrl: string;
  publicUrlSource: SettingSource;
  mailConfigured: boolean;
  smtpSource: SettingSource;
  smtpHost?: string;
  smtpPort?: number;
  smtpUsername?: string;
  smtpPasswordSet: boolean;
  smtpFrom?: string;
  smtpStarttls?: boolean;
  updatedAt?: string;
}

/** The whole editable document; `smtpPassword` omitted keeps the stored one, '' removes it. */
export interface InstanceSettingsChange {
  siteName?: string | null;
  publicUrl?: string | null;
  smtpHost?: string | null;
  smtpPort?: number | null;
  smtpUsername?: string | null;
  smtpPassword?: string;
  smtpFrom?: string | null;
  smtpStarttls?: boolean | null;
}

const api = baseApi.enhanceEndpoints({ addTagTypes: ['InstanceSettings', 'PublicSettings'] });

export const settingsApi = api.injectEndpoints({
  endpoints: (build) => ({
    getPublicSettings: build.query<{ siteName: string }, void>({
      query: () => '/settings/public',
      providesTags: ['PublicSettings'],
    }),
    getInstanceSettings: build.query<InstanceSettings, void>({
      query: () => '/settings/instance',
      providesTags: ['InstanceSettings'],
    }),
    saveInstanceSettings: build.mutation<InstanceSettings, InstanceSettingsChange>({
      query: (body) => ({ url: '/settings/instance', method: 'PUT', body }),
      invalidatesTags: ['InstanceSettings', 'PublicSettings'],
    }),
    sendTestMail: build.mutation<{ delivered: boolean; to: string }, { to?: string }>({
      query: (body) => ({ url: '/settings/instance/test-mail', method: 'POST', body }),
    }),
  }),
});

export const {
  useGetPublicSettingsQuery,
  useGetInstanceSettingsQuery,
  useSaveInstanceSettingsMutation,
  useSendTestMailMutation,
} = settingsApi;
