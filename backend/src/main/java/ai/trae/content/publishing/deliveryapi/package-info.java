/**
 * The {@code delivery-api} connector: a public, key-protected read API per channel ({@code
 * /api/v1/delivery/{channel}/items}), its delivery keys, and the cache of rendered answers that the
 * content events invalidate.
 */
@NullMarked
package ai.trae.content.publishing.deliveryapi;

import org.jspecify.annotations.NullMarked;
