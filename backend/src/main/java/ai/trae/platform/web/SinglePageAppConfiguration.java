package ai.trae.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;

/**
 * Serves the built UI from {@code META-INF/resources}: content-hashed assets are cached for a year,
 * everything else (above all {@code index.html}) is revalidated on every load, and client routes
 * such as {@code /system} fall back to {@code index.html} so a reload on a deep link works. API and
 * operational paths never fall back: an unknown API route is a 404 problem.
 */
@Configuration(proxyBeanMethods = false)
class SinglePageAppConfiguration implements WebMvcConfigurer {

  private static final String LOCATION = "classpath:/META-INF/resources/";
  private static final Set<String> SERVER_PREFIXES =
      Set.of("api", "actuator", "assets", "problems", "error", ".well-known", "swagger-ui");

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry
        .addResourceHandler("/assets/**")
        .addResourceLocations(LOCATION + "assets/")
        .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
        .resourceChain(true);
    registry
        .addResourceHandler("/**")
        .addResourceLocations(LOCATION)
        .setCacheControl(CacheControl.noCache())
        .resourceChain(false)
        .addResolver(new ClientRouteFallback());
  }

  /** Resolves the file if it exists, else index.html for a GET of a client route. */
  static final class ClientRouteFallback implements ResourceResolver {

    @Override
    public @Nullable Resource resolveResource(
        @Nullable HttpServletRequest request,
        String requestPath,
        List<? extends Resource> locations,
        ResourceResolverChain chain) {
      Resource resource = chain.resolveResource(request, requestPath, locations);
      if (resource != null || request == null || !isClientRoute(request, requestPath)) {
        return resource;
      }
      return chain.resolveResource(request, "index.html", locations);
    }

    @Override
    public @Nullable String resolveUrlPath(
        String resourcePath, List<? extends Resource> locations, ResourceResolverChain chain) {
      return chain.resolveUrlPath(resourcePath, locations);
    }

    static boolean isClientRoute(HttpServletRequest request, String path) {
      if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
        return false;
      }
      String first = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
      String last = path.substring(path.lastIndexOf('/') + 1);
      return !SERVER_PREFIXES.contains(first) && !last.contains(".");
    }
  }
}
