import { createContext, useContext, type ComponentType } from 'react';

/**
 * What the editor needs of the media library, which is another feature: the app fills this
 * slot with the library's picker and cover preview, so content never imports media's code.
 */
export interface PickedMedia {
  id: string;
  fileName: string;
  kind: string;
  altText: string;
  /** The file's own stable URL (`/api/v1/media/{id}/content`). */
  contentUrl: string;
}

export interface MediaPickerProps {
  opened: boolean;
  title: string;
  /** The type the library starts filtered to (`image` for covers and inline images). */
  kind?: 'image';
  onClose: () => void;
  onPick: (media: PickedMedia) => void;
}

export interface MediaSlot {
  Picker: ComponentType<MediaPickerProps>;
  /** The chosen cover: its thumbnail and alt text, with a hint (and a form) when that is missing. */
  CoverPreview: ComponentType<{ mediaId: string }>;
}

export const MediaSlotContext = createContext<MediaSlot | null>(null);

/** The media library's parts, or null where the app provides none (then no media controls). */
export function useMediaSlot(): MediaSlot | null {
  return useContext(MediaSlotContext);
}
