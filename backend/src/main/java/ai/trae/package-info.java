@NullMarked
package ai.trae;

import org.jspecify.annotations.NullMarked;
