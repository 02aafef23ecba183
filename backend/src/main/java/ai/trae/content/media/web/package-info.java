@NullMarked
package ai.trae.content.media.web;

import org.jspecify.annotations.NullMarked;
