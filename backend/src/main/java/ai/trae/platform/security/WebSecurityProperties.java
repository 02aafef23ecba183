package ai.trae.platform.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Browser-facing security settings ({@code TRAE_WEB_*}).
 *
 * @param corsAllowedOrigins origins allowed to call the API from a browser ({@code
 *     TRAE_WEB_CORS_ALLOWED_ORIGINS}, comma separated); empty keeps CORS closed
 */
@ConfigurationProperties("trae.web")
public record WebSecurityProperties(@DefaultValue List<String> corsAllowedOrigins) {}
