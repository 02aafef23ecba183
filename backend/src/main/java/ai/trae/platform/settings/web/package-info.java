@NullMarked
package ai.trae.platform.settings.web;

import org.jspecify.annotations.NullMarked;
