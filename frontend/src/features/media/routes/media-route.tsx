import { ComingSoon } from '@/components/coming-soon';

export function MediaRoute() {
  return (
    <ComingSoon
      title="Media"
      description="Media arrives with the content capability: uploads, a searchable library and reuse across content."
    />
  );
}
