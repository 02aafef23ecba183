/** Where media bytes live: one small interface, a local directory or an S3-compatible bucket. */
@NullMarked
package ai.trae.content.media.storage;

import org.jspecify.annotations.NullMarked;
