/** The comments, share-link and public review endpoints. */
@NullMarked
package ai.trae.content.review.web;

import org.jspecify.annotations.NullMarked;
