import '@mantine/tiptap/styles.css';

import { getTaskListExtension, Link, RichTextEditor } from '@mantine/tiptap';
import Image from '@tiptap/extension-image';
import { TaskItem, TaskList } from '@tiptap/extension-list';
import Placeholder from '@tiptap/extension-placeholder';
import { TableKit } from '@tiptap/extension-table';
import { Markdown } from '@tiptap/markdown';
import { useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useRef } from 'react';

import { InsertImageControl } from './insert-image-control';

interface BodyEditorProps {
  /** Markdown to start from; the editor is remounted (by key) when it is replaced. */
  initial: string;
  onChange: (markdown: string) => void;
  /** The text of the current selection (empty when none), for comments anchored to it. */
  onSelect?: (quote: string) => void;
}

const extensions = [
  // Mantine's Link adds Mod+K and its link popover; the kit's own would clash with it.
  StarterKit.configure({ link: false }),
  Link.configure({ openOnClick: false }),
  getTaskListExtension(TaskList),
  TaskItem.configure({ nested: true }),
  TableKit,
  // Images in the Markdown stay images (`![alt](url)`) through a load and a save.
  Image,
  Placeholder.configure({ placeholder: 'Write…' }),
  Markdown,
];

/**
 * The body: rich text in TipTap, Markdown in and out. The toolbar's controls carry their own
 * accessible names and keyboard shortcuts (Mod+B, Mod+I, Mod+K for a link, Mod+Shift+8 for a
 * list, …).
 */
export function BodyEditor({ initial, onChange, onSelect }: BodyEditorProps) {
  const callbacks = useRef({ onChange, onSelect });
  useEffect(() => {
    callbacks.current = { onChange, onSelect };
  });

  const editor = useEditor({
    extensions,
    content: initial,
    contentType: 'markdown',
    // The editor sits in a lazy page with no server rendering: render it on first paint.
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: { 'aria-label': 'Body', 'aria-multiline': 'true', role: 'textbox' },
    },
    onUpdate: ({ editor: e }) => callbacks.current.onChange(e.getMarkdown()),
    onSelectionUpdate: ({ editor: e }) => {
      const { from, to } = e.state.selection;
      callbacks.current.onSelect?.(e.state.doc.textBetween(from, to, ' ').trim());
    },
  });

  return (
    <RichTextEditor editor={editor} variant="subtle" data-testid="body-editor">
      <RichTextEditor.Toolbar sticky stickyOffset="var(--app-shell-header-offset, 0px)">
        <RichTextEditor.ControlsGroup>
          <RichTextEditor.Bold />
          <RichTextEditor.Italic />
          <RichTextEditor.Strikethrough />
          <RichTextEditor.Code />
          <RichTextEditor.ClearFormatting />
        </RichTextEditor.ControlsGroup>
        <RichTextEditor.ControlsGroup>
          <RichTextEditor.H2 />
          <RichTextEditor.H3 />
          <RichTextEditor.H4 />
        </RichTextEditor.ControlsGroup>
        <RichTextEditor.ControlsGroup>
          <RichTextEditor.BulletList />
          <RichTextEditor.OrderedList />
          <RichTextEditor.TaskList />
          <RichTextEditor.Blockquote />
          <RichTextEditor.CodeBlock />
          <RichTextEditor.Hr />
        </RichTextEditor.ControlsGroup>
        <RichTextEditor.ControlsGroup>
          <RichTextEditor.Link />
          <RichTextEditor.Unlink />
          <RichTextEditor.TableInsert />
          <InsertImageControl editor={editor} />
        </RichTextEditor.ControlsGroup>
        <RichTextEditor.ControlsGroup>
          <RichTextEditor.Undo />
          <RichTextEditor.Redo />
        </RichTextEditor.ControlsGroup>
      </RichTextEditor.Toolbar>
      <RichTextEditor.Content />
    </RichTextEditor>
  );
}
