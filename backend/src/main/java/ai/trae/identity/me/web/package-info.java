@NullMarked
package ai.trae.identity.me.web;

import org.jspecify.annotations.NullMarked;
