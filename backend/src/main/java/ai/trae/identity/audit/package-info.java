@NullMarked
package ai.trae.identity.audit;

import org.jspecify.annotations.NullMarked;
