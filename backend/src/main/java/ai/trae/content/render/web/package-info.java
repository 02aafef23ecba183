/** The preview endpoints. */
@NullMarked
package ai.trae.content.render.web;

import org.jspecify.annotations.NullMarked;
