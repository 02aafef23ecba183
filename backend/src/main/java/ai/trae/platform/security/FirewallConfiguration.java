package ai.trae.platform.security;

import ai.trae.platform.web.PlatformProblem;
import ai.trae.platform.web.Problems;
import ai.trae.platform.web.StorableText;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Spring Security's firewall refuses odd paths and headers before anything else runs; TRAE adds
 * query parameters (names and values) that could not be stored, and answers every refusal as a 400
 * problem instead of the container's bare error.
 */
@Configuration(proxyBeanMethods = false)
class FirewallConfiguration {

  @Bean
  HttpFirewall httpFirewall() {
    StrictHttpFirewall firewall = new StrictHttpFirewall();
    // the firewall's own rules, checked without regexes (see FirewallCharacters)
    firewall.setAllowedHeaderNames(FirewallCharacters::assignedAndNotControl);
    firewall.setAllowedHeaderValues(FirewallCharacters::assignedAndNotControlOrTab);
    firewall.setAllowedParameterNames(
        name -> FirewallCharacters.assignedAndNotControl(name) && StorableText.isStorable(name));
    // the firewall allows any parameter value; TRAE refuses those it could not store
    firewall.setAllowedParameterValues(StorableText::isStorable);
    return firewall;
  }

  @Bean
  RequestRejectedHandler requestRejectedHandler() {
    return (request, response, ex) -> {
      ProblemDetail problem = Problems.of(PlatformProblem.BAD_REQUEST, Problems.REJECTED);
      Problems.complete(problem, request);
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      Problems.JSON.writeValue(response.getOutputStream(), problem);
    };
  }
}
