/**
 * The media library: uploads sniffed, de-duplicated and stripped of location metadata, image
 * variants made by a job, and serving with strong ETags, ranges and signed URLs.
 */
@NullMarked
package ai.trae.content.media;

import org.jspecify.annotations.NullMarked;
