package ai.trae.platform.web;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tomcat's own error answers become problem details ({@link ProblemReportValve}). */
@Configuration(proxyBeanMethods = false)
class TomcatConfiguration {

  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReports() {
    return factory ->
        factory.addContextCustomizers(
            context -> {
              Container host = context.getParent();
              if (host instanceof StandardHost standard) {
                standard.setErrorReportValveClass(ProblemReportValve.class.getName());
              }
              for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve && !(valve instanceof ProblemReportValve)) {
                  host.getPipeline().removeValve(valve);
                }
              }
              boolean present = false;
              for (Valve valve : host.getPipeline().getValves()) {
                present |= valve instanceof ProblemReportValve;
              }
              if (!present) {
                host.getPipeline().addValve(new ProblemReportValve());
              }
            });
  }
}
