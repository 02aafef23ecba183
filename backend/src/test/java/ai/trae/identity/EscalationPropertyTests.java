package ai.trae.identity;

import static ai.trae.support.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.support.Accounts;
import ai.trae.support.Api;
import ai.trae.support.Http;
import ai.trae.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The escalation rules as a property: for each built-in role and a few seeded random custom roles,
 * a random sequence of role assignments, invitations, role edits, token creations and reset links,
 * made with the actor's session and with the tokens it made, never leaves the actor, anyone it
 * touched, any role or any token with a permission the actor did not hold at the start. A reset
 * link grants its target's role to whoever holds it, so it counts as touching the target; so does a
 * role change. Besides the people it may have made, the actor meets strangers of stronger roles (an
 * ADMIN, random custom roles) and must get nowhere with them. A failing seed replays exactly (the
 * seed is in the test name).
 */
@IntegrationTest
class EscalationPropertyTests {

  private static final int STEPS = 100;
  private static final List<String> ALL =
      Permissions.CATALOGUE.stream().map(Permissions.Permission::name).toList();
  private static final List<String> BUILT_IN =
      List.of("OWNER", "ADMIN", "EDITOR", "AUTHOR", "VIEWER");

  @Autowired Http http;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;

  static Stream<Arguments> actors() {
    Stream<Arguments> builtIn = BUILT_IN.stream().map(r -> Arguments.of(r, (long) r.hashCode()));
    Stream<Arguments> custom =
        Stream.of(11L, 23L, 37L, 41L).map(seed -> Arguments.of("custom", seed));
    return Stream.concat(builtIn, custom);
  }

  @ParameterizedTest(name = "{0} role, seed {1}")
  @MethodSource("actors")
  void noSequenceOfCallsYieldsAPermissionTheActorDidNotHold(String kind, long seed) {
    Map<String, Boolean> builtInMfa = builtInMfa();
    try {
      new Run(new Random(seed), kind).play();
    } finally {
      // the actor may have switched MFA on for a built-in role other tests sign in with
      builtInMfa.forEach(
          (role, required) ->
              jdbc.sql("update roles set mfa_required = ? where name = ?")
                  .params(required, role)
                  .update());
    }
  }

  private final class Run {

    private final Random random;
    private final Api api = new Api(http);
    private final String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private final Map<String, Set<String>> initialRoles = new HashMap<>();
    private final List<String> roleNames = new ArrayList<>(BUILT_IN);
    private final List<UUID> people = new ArrayList<>();
    private final List<UUID> strangers = new ArrayList<>();
    private final List<String> credentials = new ArrayList<>();
    private final Set<String> held;
    private final UUID actor;
    private final boolean manages;
    private int successes;

    Run(Random random, String kind) {
      this.random = random;
      for (String role : BUILT_IN) {
        initialRoles.put(role, Set.copyOf(permissionsOf(role)));
      }
      String actorRole = kind.equals("custom") ? customRole("A", interesting()) : kind;
      held = Set.copyOf(permissionsOf(actorRole));
      List<String> randomRoles = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        randomRoles.add(customRole("P" + i, subset(ALL, 0.4)));
      }
      String none = customRole("NONE", List.of());
      for (int i = 0; i < 3; i++) {
        people.add(api.idOf(accounts.login(accounts.create(none))));
      }
      strangers.add(idOf(accounts.create("ADMIN")));
      for (int i = 0; i < 2; i++) {
        strangers.add(idOf(accounts.create(randomRoles.get(i))));
      }
      String session = accounts.login(accounts.create(actorRole));
      actor = api.idOf(session);
      people.add(actor);
      credentials.add(session);
      manages =
          held.contains(Permissions.USERS_MANAGE)
              || held.contains(Permissions.ROLES_MANAGE)
              || held.contains(Permissions.TOKENS_CREATE);
    }

    void play() {
      for (int step = 0; step < STEPS; step++) {
        String credential = credentials.get(random.nextInt(credentials.size()));
        boolean viaToken = credential.startsWith("trae_pat_");
        String call = step(credential);
        assertHeldInvariant(
            "after step " + step + " (" + call + (viaToken ? " by token" : "") + ")");
      }
      if (manages) {
        assertThat(successes).as("some calls of an actor who manages should succeed").isPositive();
      }
    }

    /** One random call; answers what it was for the failure message. */
    private String step(String credential) {
      int op = random.nextInt(6);
      HttpResponse<String> response;
      String call;
      switch (op) {
        case 0 -> {
          UUID who = anyone();
          String role = anyRole();
          call = "PATCH user " + name(who) + " role " + role;
          List<String> before = permissionsOfUser(who);
          response = api.send(credential, "PATCH", "/api/v1/users/" + who, roleBody(role));
          touched(who, before, response, call);
        }
        case 5 -> {
          UUID who = anyone();
          call = "reset link for " + name(who);
          List<String> before = permissionsOfUser(who);
          response = api.send(credential, "POST", "/api/v1/users/" + who + "/password-reset", "");
          touched(who, before, response, call);
        }
        case 1 -> {
          String role = anyRole();
          call = "invite as " + role;
          response =
              api.send(
                  credential,
                  "POST",
                  "/api/v1/users/invitations",
                  "{\"email\":\"prop-%s@example.test\",\"role\":\"%s\"}"
                      .formatted(UUID.randomUUID(), role));
          if (response.statusCode() == 201) {
            people.add(UUID.fromString(json(response).get("id").asString()));
          }
        }
        case 2 -> {
          String role = anyRole();
          String permissions =
              random.nextInt(4) == 0 ? "" : "\"permissions\":" + array(wished()) + ",";
          boolean mfa = random.nextInt(10) == 0;
          call = "PUT role " + role + " {" + permissions + "mfaRequired:" + mfa + "}";
          response =
              api.send(
                  credential,
                  "PUT",
                  "/api/v1/roles/" + role,
                  "{" + permissions + "\"mfaRequired\":" + mfa + "}");
        }
        case 3 -> {
          String name = "N" + tag + roleNames.size();
          List<String> permissions = wished();
          call = "POST role " + name + " " + permissions;
          response =
              api.send(
                  credential,
                  "POST",
                  "/api/v1/roles",
                  "{\"name\":\"%s\",\"permissions\":%s,\"mfaRequired\":false}"
                      .formatted(name, array(permissions)));
          if (response.statusCode() == 201) {
            roleNames.add(name);
            initialRoles.put(name, Set.of());
          }
        }
        default -> {
          List<String> scopes = wished();
          if (scopes.isEmpty()) {
            scopes = List.of(ALL.get(random.nextInt(ALL.size())));
          }
          String expiry =
              random.nextBoolean() ? "" : ",\"expiresInDays\":" + (1 + random.nextInt(365));
          call = "POST token " + scopes;
          response =
              api.send(
                  credential,
                  "POST",
                  "/api/v1/me/tokens",
                  "{\"name\":\"prop\",\"scopes\":%s%s}".formatted(array(scopes), expiry));
          if (credential.startsWith("trae_pat_")) {
            assertThat(response.statusCode()).as("a token minting a token").isEqualTo(403);
          }
          if (response.statusCode() == 201) {
            credentials.add(json(response).get("token").asString());
          }
        }
      }
      assertThat(response.statusCode()).as(call + ": " + response.body()).isLessThan(500);
      if (response.statusCode() < 300) {
        successes++;
      }
      return call;
    }

    /**
     * Acting on someone needs every permission of their role, and from then on they count among the
     * people the actor touched (whoever holds a reset link holds their role).
     */
    private void touched(
        UUID who, List<String> before, HttpResponse<String> response, String call) {
      if (response.statusCode() < 300) {
        assertThat(held).as(call + " acted on a user with role permissions").containsAll(before);
        if (strangers.remove(who)) {
          people.add(who);
        }
      }
    }

    private UUID anyone() {
      int i = random.nextInt(people.size() + strangers.size());
      return i < people.size() ? people.get(i) : strangers.get(i - people.size());
    }

    private String name(UUID who) {
      return who.equals(actor)
          ? "self"
          : strangers.contains(who) ? "stranger " + who : who.toString();
    }

    private void assertHeldInvariant(String when) {
      JsonNode me = json(api.get(credentials.getFirst(), "/api/v1/me"));
      List<String> sessionHolds =
          me.get("permissions").valueStream().map(JsonNode::asString).toList();
      assertThat(held).as("the actor's session " + when).containsAll(sessionHolds);
      for (String role : roleNames) {
        Set<String> allowed = new LinkedHashSet<>(initialRoles.get(role));
        allowed.addAll(held);
        assertThat(allowed).as("role " + role + " " + when).containsAll(permissionsOf(role));
      }
      for (UUID person : people) {
        assertThat(held).as("user " + person + " " + when).containsAll(permissionsOfUser(person));
      }
      List<String> scopes =
          jdbc.sql("select unnest(scopes) from personal_access_tokens where user_id = ?")
              .param(actor)
              .query(String.class)
              .list();
      assertThat(held).as("token scopes " + when).containsAll(scopes);
      assertThat(scopes).as("token scopes " + when).doesNotContain(Permissions.TOKENS_CREATE);
    }

    /** Half the time within what the actor holds, so that some calls succeed. */
    private List<String> wished() {
      return random.nextBoolean() ? subset(List.copyOf(held), 0.5) : subset(ALL, 0.3);
    }

    private String anyRole() {
      return roleNames.get(random.nextInt(roleNames.size()));
    }

    private List<String> interesting() {
      List<String> permissions = new ArrayList<>(subset(ALL, 0.35));
      for (String manage :
          List.of(Permissions.USERS_MANAGE, Permissions.ROLES_MANAGE, Permissions.TOKENS_CREATE)) {
        if (!permissions.contains(manage) && random.nextInt(4) != 0) {
          permissions.add(manage);
        }
      }
      return permissions;
    }

    private List<String> subset(List<String> from, double p) {
      return from.stream().filter(x -> random.nextDouble() < p).toList();
    }

    private String customRole(String prefix, List<String> permissions) {
      String name = prefix + "_" + tag + "_" + roleNames.size();
      jdbc.sql(
              "insert into roles (name, built_in, permissions, mfa_required) values (?, false, ?, false)")
          .params(name, permissions.toArray(String[]::new))
          .update();
      roleNames.add(name);
      initialRoles.put(name, Set.copyOf(permissions));
      return name;
    }
  }

  private static String roleBody(String role) {
    return "{\"role\":\"" + role + "\"}";
  }

  private static String array(List<String> values) {
    return values.isEmpty() ? "[]" : "[\"" + String.join("\",\"", values) + "\"]";
  }

  private List<String> permissionsOf(String role) {
    return List.of(
        (String[])
            jdbc.sql("select permissions from roles where name = ?")
                .param(role)
                .query((rs, n) -> rs.getArray(1).getArray())
                .single());
  }

  private List<String> permissionsOfUser(UUID user) {
    return List.of(
        (String[])
            jdbc.sql(
                    "select r.permissions from users u join roles r on r.name = u.role"
                        + " where u.id = ?")
                .param(user)
                .query((rs, n) -> rs.getArray(1).getArray())
                .single());
  }

  private UUID idOf(String email) {
    return jdbc.sql("select id from users where email = ?").param(email).query(UUID.class).single();
  }

  private Map<String, Boolean> builtInMfa() {
    Map<String, Boolean> mfa = new HashMap<>();
    jdbc.sql("select name, mfa_required from roles where built_in")
        .query((rs, n) -> mfa.put(rs.getString(1), rs.getBoolean(2)))
        .list();
    return mfa;
  }
}
