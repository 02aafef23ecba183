/**
 * The {@code wordpress} connector: posts and featured images through the WordPress REST API with an
 * application password.
 */
@NullMarked
package ai.trae.content.publishing.wordpress;

import org.jspecify.annotations.NullMarked;
