@NullMarked
package ai.trae.content.item;

import org.jspecify.annotations.NullMarked;
