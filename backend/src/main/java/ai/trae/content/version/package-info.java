@NullMarked
package ai.trae.content.version;

import org.jspecify.annotations.NullMarked;
