import { ComingSoon } from '@/components/coming-soon';

export function ContentRoute() {
  return (
    <ComingSoon
      title="Content"
      description="Content arrives with the content capability: drafting, review, versions and publishing."
    />
  );
}
