@NullMarked
package ai.trae.platform.redis;

import org.jspecify.annotations.NullMarked;
