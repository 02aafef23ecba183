package ai.trae.platform.web;

import ai.trae.platform.security.DeclaredAccessInterceptor;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API description: every operation documents the problem-details errors it can answer with, so
 * clients can rely on one error shape, and every non-public one names the credentials it takes (so
 * Swagger UI offers "Authorize"). Switched off with {@code TRAE_API_DOCS_ENABLED=false}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

  private static final String PROBLEM = "Problem";

  /** A session's short-lived access token, from {@code POST /api/v1/auth/login}. */
  static final String ACCESS_TOKEN = "accessToken";

  /** A personal access token ({@code trae_pat_…}), for scripts and integrations. */
  static final String PERSONAL_ACCESS_TOKEN = "personalAccessToken";

  @Bean
  OpenAPI traeOpenApi(ObjectProvider<BuildProperties> build) {
    BuildProperties properties = build.getIfAvailable();
    return new OpenAPI()
        .info(
            new Info()
                .title("TRAE API")
                .description(
                    "Plan, generate, write, review, schedule and publish content. Errors are RFC"
                        + " 9457 problem details (application/problem+json); see /problems.")
                .version(properties == null ? "dev" : properties.getVersion()))
        .components(
            new Components()
                .addSecuritySchemes(
                    ACCESS_TOKEN,
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT")
                        .description(
                            "Access token of a signed-in session (POST /api/v1/auth/login),"
                                + " valid for minutes; refreshed with POST /api/v1/auth/refresh."))
                .addSecuritySchemes(
                    PERSONAL_ACCESS_TOKEN,
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("trae_pat_…")
                        .description(
                            "Personal access token (trae_pat_…) created under Settings → API"
                                + " tokens; limited to its scopes.")));
  }

  /** Either credential works, except on the public operations (sign-in, setup, …). */
  @Bean
  OperationCustomizer securityRequirements() {
    return (operation, handler) -> {
      if (!DeclaredAccessInterceptor.isPublic(handler)) {
        operation
            .addSecurityItem(new SecurityRequirement().addList(ACCESS_TOKEN))
            .addSecurityItem(new SecurityRequirement().addList(PERSONAL_ACCESS_TOKEN));
        if (operation.getResponses() != null) {
          operation.getResponses().putIfAbsent("401", problem("Missing, invalid or expired token"));
          operation.getResponses().putIfAbsent("403", problem("Not allowed for this caller"));
        }
      }
      return operation;
    };
  }

  @Bean
  OpenApiCustomizer problemResponses() {
    return openApi -> {
      if (openApi.getComponents() == null) {
        openApi.setComponents(new Components());
      }
      openApi.getComponents().addSchemas(PROBLEM, problemSchema());
      openApi
          .getPaths()
          .values()
          .forEach(
              path ->
                  path.readOperations()
                      .forEach(
                          operation -> {
                            var responses = operation.getResponses();
                            responses.putIfAbsent(
                                "400", problem("Malformed request or invalid fields"));
                            responses.putIfAbsent("429", problem("Rate limit exceeded"));
                            responses.putIfAbsent("500", problem("Unexpected error"));
                          }));
    };
  }

  private static ApiResponse problem(String description) {
    return new ApiResponse()
        .description(description)
        .content(
            new Content()
                .addMediaType(
                    "application/problem+json",
                    new MediaType()
                        .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
  }

  /** OpenAPI 3.1 schemas carry a set of types (JSON Schema), not the 3.0 single type. */
  private static Schema<Object> typed(String type) {
    return new Schema<>().types(Set.of(type));
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static Schema<?> problemSchema() {
    Schema fieldError =
        typed("object")
            .properties(
                Map.of(
                    "field", typed("string"),
                    "message", typed("string")));
    return typed("object")
        .description("RFC 9457 problem details")
        .properties(
            Map.of(
                "type", typed("string").format("uri-reference"),
                "title", typed("string"),
                "status", typed("integer"),
                "detail", typed("string"),
                "instance", typed("string").format("uri-reference"),
                "requestId", typed("string"),
                "errors", typed("array").items(fieldError)));
  }
}
