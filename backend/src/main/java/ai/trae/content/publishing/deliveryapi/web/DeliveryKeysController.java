package ai.trae.content.publishing.deliveryapi.web;

import ai.trae.content.publishing.deliveryapi.DeliveryKeys;
import ai.trae.identity.Permissions;
import ai.trae.platform.security.CurrentUser;
import ai.trae.platform.security.RequirePermission;
import ai.trae.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Delivery keys of a delivery-api channel: made (shown once), listed and revoked by admins. */
@Tag(name = "Delivery keys", description = "Keys that read a delivery-api channel")
@RestController
@RequestMapping("/api/v1/channels/{channelId}/delivery-keys")
@RequirePermission(Permissions.CHANNELS_MANAGE)
class DeliveryKeysController {

  private final DeliveryKeys keys;

  DeliveryKeysController(DeliveryKeys keys) {
    this.keys = keys;
  }

  record CreateKeyRequest(@NotBlank @Size(max = 100) String name) {}

  @Operation(
      summary = "Make a delivery key",
      description =
          "201 {id, name, key, prefix, createdAt}: the key is shown this once and stored only as a"
              + " hash. 404 /problems/delivery-channel-not-found unless the channel is of type"
              + " delivery-api.")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  DeliveryKeys.Created create(
      @PathVariable UUID channelId,
      @Valid @RequestBody CreateKeyRequest body,
      @AuthenticationPrincipal CurrentUser caller) {
    return keys.create(channelId, body.name(), caller.userId());
  }

  @Operation(summary = "The channel's live delivery keys, newest first (never the keys)")
  @GetMapping
  Page<DeliveryKeys.KeyInfo> list(@PathVariable UUID channelId) {
    return Page.all(keys.list(channelId));
  }

  @Operation(
      summary = "Revoke a delivery key",
      description =
          "204; it stops working at once on this node and within 30 s on others. 404"
              + " /problems/delivery-key-not-found for an unknown or already revoked key.")
  @DeleteMapping("/{keyId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void revoke(
      @PathVariable UUID channelId,
      @PathVariable UUID keyId,
      @AuthenticationPrincipal CurrentUser caller) {
    keys.revoke(channelId, keyId, caller.userId());
  }
}
