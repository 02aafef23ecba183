import { useEffect } from 'react';

import { useGetPublicSettingsQuery } from '../api/settings-api';

const DEFAULT_NAME = 'TRAE';

/** The instance's site name (public, `GET /settings/public`), "TRAE" until it is known. */
export function useSiteName(): string {
  const { data } = useGetPublicSettingsQuery();
  return data?.siteName ?? DEFAULT_NAME;
}

/** Keeps the browser title on the site name an administrator chose. */
export function useSiteTitle() {
  const name = useSiteName();
  useEffect(() => {
    document.title = name;
  }, [name]);
}

export function SiteName() {
  useSiteTitle();
  return <>{useSiteName()}</>;
}
