/** The search endpoint. */
@NullMarked
package ai.trae.content.search.web;

import org.jspecify.annotations.NullMarked;
