import { ComingSoon } from '@/components/coming-soon';

export function DashboardRoute() {
  return (
    <ComingSoon
      title="Dashboard"
      description="The dashboard arrives with the analytics capability: what was published, how it performs and what needs attention."
    />
  );
}
