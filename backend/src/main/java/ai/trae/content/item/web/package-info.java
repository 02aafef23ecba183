@NullMarked
package ai.trae.content.item.web;

import org.jspecify.annotations.NullMarked;
