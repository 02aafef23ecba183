@NullMarked
package ai.trae.identity.session;

import org.jspecify.annotations.NullMarked;
