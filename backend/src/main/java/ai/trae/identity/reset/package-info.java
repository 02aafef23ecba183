@NullMarked
package ai.trae.identity.reset;

import org.jspecify.annotations.NullMarked;
