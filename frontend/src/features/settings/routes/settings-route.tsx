import { ComingSoon } from '@/components/coming-soon';

export function SettingsRoute() {
  return (
    <ComingSoon
      title="Settings"
      description="Settings arrive with the identity and integrations capabilities: users and roles, API tokens, AI providers, channels and webhooks."
    />
  );
}
