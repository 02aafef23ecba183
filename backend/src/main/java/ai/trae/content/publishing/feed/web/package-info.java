@NullMarked
package ai.trae.content.publishing.feed.web;

import org.jspecify.annotations.NullMarked;
