/**
 * Instance settings an administrator changes at run time (site name, public address, SMTP), on top
 * of the environment. Other modules read {@link ai.trae.platform.settings.InstanceSettings} and
 * react to {@link ai.trae.platform.settings.InstanceSettingsChanged}.
 */
@NamedInterface("settings")
@NullMarked
package ai.trae.platform.settings;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
