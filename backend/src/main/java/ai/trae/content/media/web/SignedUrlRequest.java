package ai.trae.content.media.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * @param variant {@code original} (the default) or a variant's name
 * @param ttlSeconds how long the URL works; the server's default ({@code
 *     TRAE_MEDIA_SIGNED_URL_TTL}) when absent, at most 7 days
 */
record SignedUrlRequest(
    @Nullable @Pattern(regexp = "[a-z0-9-]{1,40}") String variant,
    @Nullable @Min(1) @Max(604_800) Long ttlSeconds) {}
