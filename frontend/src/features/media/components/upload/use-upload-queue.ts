import { useEffect, useState, useSyncExternalStore } from 'react';
import { useDispatch } from 'react-redux';

import { mediaApi, mediaListTag } from '../../api/media-api';
import type { MediaFile } from '../../api/types';
import { UploadQueue } from './upload-queue';

/**
 * An upload queue for one dropzone. Each stored file refetches the library's lists at once,
 * not when the whole batch is done.
 */
export function useUploadQueue(onUploaded?: (media: MediaFile) => void) {
  const dispatch = useDispatch();
  const [queue] = useState(() => new UploadQueue());
  useEffect(() => {
    queue.whenUploaded((media) => {
      dispatch(mediaApi.util.invalidateTags([mediaListTag]));
      onUploaded?.(media);
    });
  });
  const entries = useSyncExternalStore(queue.subscribe, queue.getSnapshot);
  return { queue, entries };
}
