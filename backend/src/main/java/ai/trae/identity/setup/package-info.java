@NullMarked
package ai.trae.identity.setup;

import org.jspecify.annotations.NullMarked;
