package ai.trae.content.render.web;

import ai.trae.content.item.Items;
import ai.trae.content.render.ItemRenderer;
import ai.trae.content.render.MarkdownRenderer;
import ai.trae.identity.Permissions;
import ai.trae.platform.security.RequirePermission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Content preview", description = "Markdown rendered and sanitised as delivery will")
@RestController
@RequestMapping("/api/v1/content")
@RequirePermission(Permissions.CONTENT_READ)
class PreviewController {

  /** The longest body any type allows (PreviewControllerTests holds it to the types). */
  static final int MAX_MARKDOWN = 200_000;

  private final MarkdownRenderer markdown;
  private final ItemRenderer items;
  private final Items itemService;

  PreviewController(MarkdownRenderer markdown, ItemRenderer items, Items itemService) {
    this.markdown = markdown;
    this.items = items;
    this.itemService = itemService;
  }

  record PreviewRequest(@NotNull @Size(max = MAX_MARKDOWN) String markdown) {}

  record PreviewResponse(String html) {}

  record ItemPreviewResponse(@Nullable String channel, String title, String html) {}

  @Operation(
      summary = "Render Markdown as the item's channels will",
      description =
          "CommonMark + GFM, sanitised by the policy in docs/security.md. 400"
              + " /problems/validation-failed for a text over 200,000 characters.")
  @PostMapping("/preview")
  PreviewResponse preview(@Valid @RequestBody PreviewRequest body) {
    return new PreviewResponse(markdown.toHtml(body.markdown()));
  }

  @Operation(
      summary = "Render an item's main text, or one channel's variant",
      description =
          "channel names a variant; without one (or for a channel with no variant) the main text."
              + " 404 /problems/content-not-found.")
  @GetMapping("/{id}/preview")
  ItemPreviewResponse itemPreview(
      @PathVariable UUID id,
      @RequestParam(required = false) @Nullable @Size(max = 100) String channel) {
    ItemRenderer.Rendered rendered = items.forChannel(itemService.get(id), channel);
    return new ItemPreviewResponse(rendered.channel(), rendered.title(), rendered.html());
  }
}
