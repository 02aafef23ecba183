@NullMarked
package ai.trae.platform.logging;

import org.jspecify.annotations.NullMarked;
