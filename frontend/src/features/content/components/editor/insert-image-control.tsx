import { RichTextEditor } from '@mantine/tiptap';
import { IconPhotoPlus } from '@tabler/icons-react';
import type { Editor } from '@tiptap/react';
import { useState } from 'react';

import { useMediaSlot, type PickedMedia } from './media-slot';

/**
 * A toolbar button that opens the media picker and puts the chosen file where the cursor is:
 * an image with its alt text (`![alt](url)` in the Markdown), or a link for other files.
 */
export function InsertImageControl({ editor }: { editor: Editor | null }) {
  const media = useMediaSlot();
  const [picking, setPicking] = useState(false);
  if (!media) return null;
  const { Picker } = media;

  const insert = (picked: PickedMedia) => {
    setPicking(false);
    if (!editor) return;
    const chain = editor.chain().focus();
    if (picked.kind === 'image') {
      chain.setImage({ src: picked.contentUrl, alt: picked.altText }).run();
    } else {
      chain
        .insertContent({
          type: 'text',
          text: picked.fileName,
          marks: [{ type: 'link', attrs: { href: picked.contentUrl } }],
        })
        .run();
    }
  };

  return (
    <>
      <RichTextEditor.Control
        onClick={() => setPicking(true)}
        aria-label="Insert image"
        title="Insert image"
      >
        <IconPhotoPlus stroke={1.5} size={16} aria-hidden />
      </RichTextEditor.Control>
      <Picker
        opened={picking}
        title="Insert an image"
        kind="image"
        onClose={() => setPicking(false)}
        onPick={insert}
      />
    </>
  );
}
