package ai.trae.content.media.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * @param altText what a screen reader says for the image; empty clears it
 */
record UpdateMediaRequest(@NotNull @Size(max = 1000) String altText) {}
