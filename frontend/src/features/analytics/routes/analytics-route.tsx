import { ComingSoon } from '@/components/coming-soon';

export function AnalyticsRoute() {
  return (
    <ComingSoon
      title="Analytics"
      description="Analytics arrives with the analytics capability: views, engagement and trends per item and channel."
    />
  );
}
