package ai.trae;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import modularity.fixture.FixtureApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

  private final ApplicationModules modules = ApplicationModules.of(TraeApplication.class);

  @Test
  void modulesOnlyUseEachOthersPublicApi() {
    modules.verify();
  }

  /**
   * Dependencies point one way: platform <- identity <- content <- {analytics, integrations}. Every
   * module declares what it may use (an undeclared list would allow everything), so {@link
   * #modulesOnlyUseEachOthersPublicApi} fails on a dependency pointing up or sideways.
   */
  @Test
  void everyModuleDeclaresOnlyTheModulesBeneathIt() {
    Map<String, Set<String>> beneath =
        Map.of(
            "platform", Set.of(),
            "identity", Set.of("platform"),
            "content", Set.of("platform", "identity"),
            "analytics", Set.of("platform", "identity", "content"),
            "integrations", Set.of("platform", "identity", "content"));

    assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
        .containsExactlyInAnyOrderElementsOf(beneath.keySet());
    for (ApplicationModule module : modules) {
      String name = module.getIdentifier().toString();
      assertThat(declared(module))
          .as("%s declares allowedDependencies", name)
          .doesNotContain(org.springframework.modulith.ApplicationModule.OPEN_TOKEN);
      assertThat(declared(module).stream().map(d -> d.split("::")[0]).collect(Collectors.toSet()))
          .as("modules %s may use", name)
          .isEqualTo(beneath.get(name));
      // each declaration names a module or interface that exists (Modulith refuses others)
      assertThat(module.getAllowedDependencies(modules).stream()).isNotEmpty();
    }
  }

  /**
   * Others reach the platform only through its named interfaces ({@code platform::web}), never its
   * internals. (Being the shared module, its top-level package is allowed to all implicitly.)
   */
  @Test
  void othersUseThePlatformOnlyThroughNamedInterfaces() {
    for (ApplicationModule module : modules) {
      assertThat(declared(module))
          .as("%s's allowedDependencies", module.getIdentifier())
          .filteredOn(d -> d.startsWith("platform"))
          .allSatisfy(d -> assertThat(d).matches("platform::[a-z]+"));
    }
  }

  /**
   * The declarations above mean something: in a model of the same layout, a class of the lower
   * module using the upper one, and one using the platform's internals, are both reported.
   */
  @Test
  void aDependencyPointingUpIsReported() {
    ApplicationModules fixture = ApplicationModules.of(FixtureApplication.class, location -> true);

    Violations violations = fixture.detectViolations();

    assertThat(violations.hasViolations()).isTrue();
    assertThat(violations.getMessages())
        .anySatisfy(
            message ->
                assertThat(message)
                    .startsWith("Module 'identity' depends on module 'content'")
                    .contains("identity.UsesContent -> modularity.fixture.content.ContentId"))
        .anySatisfy(
            message ->
                assertThat(message)
                    .startsWith("Module 'identity' depends on module 'platform'")
                    .contains("platform.internal.Secret"))
        .noneSatisfy(
            message -> assertThat(message).startsWith("Module 'content' depends on module"));
  }

  /** Keeps docs/modules in step with the code: the diagrams and module canvases are generated. */
  @Test
  void writesModuleDocumentation() {
    new Documenter(modules, Documenter.Options.defaults().withOutputFolder("../docs/modules"))
        .writeDocumentation()
        .writeIndividualModulesAsPlantUml();
  }

  private static Set<String> declared(ApplicationModule module) {
    Package base = packageOf(module);
    var annotation = base.getAnnotation(org.springframework.modulith.ApplicationModule.class);
    return annotation == null ? Set.of() : Set.of(annotation.allowedDependencies());
  }

  private static Package packageOf(ApplicationModule module) {
    try {
      String name = module.getBasePackage().getName();
      return Class.forName(name + ".package-info").getPackage();
    } catch (ClassNotFoundException ex) {
      throw new AssertionError("every module has a package-info: " + module.getIdentifier(), ex);
    }
  }
}
