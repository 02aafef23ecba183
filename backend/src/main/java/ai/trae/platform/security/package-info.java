@NamedInterface("security")
@NullMarked
package ai.trae.platform.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
