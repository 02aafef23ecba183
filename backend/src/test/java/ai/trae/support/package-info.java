@NullMarked
package ai.trae.support;

import org.jspecify.annotations.NullMarked;
