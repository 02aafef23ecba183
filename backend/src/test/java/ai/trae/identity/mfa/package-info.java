@NullMarked
package ai.trae.identity.mfa;

import org.jspecify.annotations.NullMarked;
