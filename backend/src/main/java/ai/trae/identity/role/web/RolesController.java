package ai.trae.identity.role.web;

import ai.trae.identity.Permissions;
import ai.trae.identity.role.RoleAdministration;
import ai.trae.identity.user.Roles;
import ai.trae.identity.user.Roles.Role;
import ai.trae.platform.security.CurrentUser;
import ai.trae.platform.security.RequirePermission;
import ai.trae.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Roles", description = "Roles, their permissions and whether they require MFA")
@RestController
@RequestMapping("/api/v1")
@RequirePermission(Permissions.ROLES_MANAGE)
class RolesController {

  private final Roles roles;
  private final RoleAdministration administration;

  RolesController(Roles roles, RoleAdministration administration) {
    this.roles = roles;
    this.administration = administration;
  }

  record RoleResponse(String name, boolean builtIn, List<String> permissions, boolean mfaRequired) {
    static RoleResponse from(Role role) {
      return new RoleResponse(role.name(), role.builtIn(), role.permissions(), role.mfaRequired());
    }
  }

  record NewRole(
      @NotNull @Pattern(regexp = "^[A-Z][A-Z0-9_]{1,31}$") String name,
      @NotNull @Size(max = 64) List<String> permissions,
      boolean mfaRequired) {}

  /**
   * @param permissions null keeps the current ones
   */
  record RoleChange(@Nullable @Size(max = 64) List<String> permissions, boolean mfaRequired) {}

  @Operation(summary = "Every permission a role can grant, with what it allows")
  @GetMapping("/permissions")
  Page<Permissions.Permission> permissions() {
    return Page.all(Permissions.CATALOGUE);
  }

  @Operation(summary = "All roles, built-in first")
  @GetMapping("/roles")
  Page<RoleResponse> list() {
    return Page.all(roles.all().stream().map(RoleResponse::from).toList());
  }

  @Operation(
      summary = "Create a custom role",
      description =
          "400 with errors for unknown permissions or a bad name; 403 /problems/forbidden (with"
              + " missing) for permissions you do not hold; 409 if it exists")
  @PostMapping("/roles")
  @ResponseStatus(HttpStatus.CREATED)
  RoleResponse create(
      @AuthenticationPrincipal CurrentUser current,
      Authentication caller,
      @Valid @RequestBody NewRole body) {
    return RoleResponse.from(
        administration.create(
            current.userId(),
            Permissions.heldBy(caller),
            body.name(),
            body.permissions(),
            body.mfaRequired()));
  }

  @Operation(
      summary = "Change a role's permissions and MFA requirement",
      description =
          "Built-in roles: only mfaRequired can change. 403 /problems/owner-required for OWNER"
              + " and ADMIN unless you are an owner; 403 /problems/forbidden for your own role's"
              + " permissions, or (with missing) for adding permissions you do not hold.")
  @PutMapping("/roles/{name}")
  RoleResponse update(
      @AuthenticationPrincipal CurrentUser current,
      Authentication caller,
      @PathVariable String name,
      @Valid @RequestBody RoleChange body) {
    return RoleResponse.from(
        administration.update(
            current.userId(),
            Permissions.heldBy(caller),
            name,
            body.permissions(),
            body.mfaRequired()));
  }

  @Operation(
      summary = "Delete a custom role",
      description = "409 /problems/role-in-use while users have it, and for built-in roles")
  @DeleteMapping("/roles/{name}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@AuthenticationPrincipal CurrentUser current, @PathVariable String name) {
    administration.delete(current.userId(), name);
  }
}
