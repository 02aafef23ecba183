@NullMarked
package ai.trae.platform.system;

import org.jspecify.annotations.NullMarked;
