@NullMarked
package ai.trae.identity.token;

import org.jspecify.annotations.NullMarked;
