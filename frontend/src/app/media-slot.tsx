import { lazy, Suspense, type ReactNode } from 'react';

import {
  MediaSlotContext,
  type MediaPickerProps,
  type MediaSlot,
} from '@/features/content/components/editor/media-slot';

// The media library's parts load with the first editor that shows them, not with the shell.
const Picker = lazy(async () => ({
  default: (await import('@/features/media/components/picker/media-picker-modal')).MediaPickerModal,
}));
const Cover = lazy(async () => ({
  default: (await import('@/features/media/components/picker/cover-preview')).CoverPreview,
}));

const slot: MediaSlot = {
  Picker: (props: MediaPickerProps) => (
    <Suspense fallback={null}>{props.opened && <Picker {...props} />}</Suspense>
  ),
  CoverPreview: ({ mediaId }: { mediaId: string }) => (
    <Suspense fallback={null}>
      <Cover mediaId={mediaId} />
    </Suspense>
  ),
};

/** Gives the content editor the media library's picker (features never import each other). */
export function MediaSlotProvider({ children }: { children: ReactNode }) {
  return <MediaSlotContext.Provider value={slot}>{children}</MediaSlotContext.Provider>;
}
