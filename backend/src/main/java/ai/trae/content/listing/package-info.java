@NullMarked
package ai.trae.content.listing;

import org.jspecify.annotations.NullMarked;
