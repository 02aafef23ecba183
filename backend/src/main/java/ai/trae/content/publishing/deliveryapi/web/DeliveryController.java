package ai.trae.content.publishing.deliveryapi.web;

import ai.trae.content.publishing.deliveryapi.Delivery;
import ai.trae.content.publishing.deliveryapi.DeliveryKeys;
import ai.trae.content.publishing.deliveryapi.DeliveryProblem;
import ai.trae.content.publishing.deliveryapi.Rendered;
import ai.trae.content.publishing.feed.EntityTags;
import ai.trae.platform.web.ProblemException;
import ai.trae.platform.web.ValidationFailedException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public read API of a delivery-api channel. No session: a delivery key of this channel.
 * Answers come from the rendered cache, so a revalidation ({@code If-None-Match}) costs a key
 * lookup and a cache lookup, both in memory.
 */
@Tag(
    name = "Delivery",
    description = "Published items of a delivery-api channel, for sites and apps")
@RestController
@RequestMapping("/api/v1/delivery/{channel}")
class DeliveryController {

  static final String KEY_HEADER = "X-Delivery-Key";
  static final String CACHE_CONTROL = "public, max-age=60";
  static final String VARY = "Authorization, X-Delivery-Key";

  private static final String AUTH =
      " Needs a delivery key of this channel (Authorization: Bearer trae_dk_… or X-Delivery-Key):"
          + " 401 /problems/delivery-key-required without one, /problems/delivery-key-invalid for"
          + " an unknown or revoked key, 404 /problems/delivery-not-found for a key of another"
          + " channel. Strong ETag; If-None-Match answers 304. Surrogate-Key names the channel and"
          + " the items shown.";

  private final DeliveryKeys keys;
  private final Delivery delivery;

  DeliveryController(DeliveryKeys keys, Delivery delivery) {
    this.keys = keys;
    this.delivery = delivery;
  }

  @Operation(
      summary = "The channel's published items, newest first",
      description = "{items, nextCursor}; limit 1-100 (20)." + AUTH)
  @GetMapping("/items")
  @PermitAll
  void items(
      @PathVariable String channel,
      @RequestParam(required = false) @Nullable String cursor,
      @RequestParam(defaultValue = "20") int limit,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException {
    authorize(channel, request);
    if (limit < 1 || limit > Delivery.MAX_LIMIT) {
      throw new ValidationFailedException("limit", "From 1 to 100.");
    }
    write(delivery.items(channel, cursor, limit), request, response);
  }

  @Operation(
      summary = "One published item by its slug",
      description =
          "Sanitised HTML rendered from its Markdown, the Markdown, media URLs (signed, valid for"
              + " at least six days) and SEO fields."
              + AUTH)
  @GetMapping("/items/{slug}")
  @PermitAll
  void item(
      @PathVariable String channel,
      @PathVariable String slug,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException {
    authorize(channel, request);
    write(delivery.item(channel, slug), request, response);
  }

  /** 401 without a working key; a key of another channel learns nothing more than a 404. */
  private void authorize(String channel, HttpServletRequest request) {
    String key = presentedKey(request);
    if (key == null) {
      throw new ProblemException(
          DeliveryProblem.DELIVERY_KEY_REQUIRED, "Send a delivery key of this channel.");
    }
    DeliveryKeys.Owner owner =
        keys.authenticate(key)
            .orElseThrow(
                () ->
                    new ProblemException(
                        DeliveryProblem.DELIVERY_KEY_INVALID,
                        "The delivery key is unknown or was revoked."));
    if (!owner.channelSlug().equals(channel)) {
      throw new ProblemException(
          DeliveryProblem.DELIVERY_NOT_FOUND, "Nothing for this key at " + channel + ".");
    }
  }

  private static @Nullable String presentedKey(HttpServletRequest request) {
    String header = request.getHeader(KEY_HEADER);
    if (header != null && !header.isBlank()) {
      return header.strip();
    }
    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (authorization != null
        && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
        && authorization.startsWith(DeliveryKeys.PREFIX, 7)) {
      return authorization.substring(7).strip();
    }
    return null;
  }

  private static void write(
      Rendered rendered, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader(HttpHeaders.ETAG, rendered.etag());
    response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
    response.setHeader(HttpHeaders.PRAGMA, null);
    response.setHeader(HttpHeaders.EXPIRES, null);
    response.setHeader(HttpHeaders.VARY, VARY);
    response.setHeader("Surrogate-Key", rendered.surrogateKeys());
    if (EntityTags.noneMatchHits(request.getHeader(HttpHeaders.IF_NONE_MATCH), rendered.etag())) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    response.setContentType("application/json");
    response.setContentLength(rendered.body().length);
    if (!request.getMethod().equals("HEAD")) {
      response.getOutputStream().write(rendered.body());
    }
  }
}
