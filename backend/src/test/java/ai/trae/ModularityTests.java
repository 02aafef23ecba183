package ai.trae;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

  private final ApplicationModules modules = ApplicationModules.of(TraeApplication.class);

  @Test
  void modulesOnlyUseEachOthersPublicApi() {
    modules.verify();
  }

  /** Keeps docs/modules in step with the code: the diagrams and module canvases are generated. */
  @Test
  void writesModuleDocumentation() {
    new Documenter(modules, Documenter.Options.defaults().withOutputFolder("../docs/modules"))
        .writeDocumentation()
        .writeIndividualModulesAsPlantUml();
  }
}
