@NullMarked
package ai.trae.identity.admin.web;

import org.jspecify.annotations.NullMarked;
