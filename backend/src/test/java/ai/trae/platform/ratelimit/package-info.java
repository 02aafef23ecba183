@NullMarked
package ai.trae.platform.ratelimit;

import org.jspecify.annotations.NullMarked;
