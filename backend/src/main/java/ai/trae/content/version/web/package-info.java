@NullMarked
package ai.trae.content.version.web;

import org.jspecify.annotations.NullMarked;
