/** Review comments on items and share links for reviewers without an account. */
@NullMarked
package ai.trae.content.review;

import org.jspecify.annotations.NullMarked;
