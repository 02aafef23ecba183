@NamedInterface("web")
@NullMarked
package ai.trae.platform.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
