@NamedInterface("database")
@NullMarked
package ai.trae.platform.database;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
