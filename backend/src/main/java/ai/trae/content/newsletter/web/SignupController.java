package ai.trae.content.newsletter.web;

import ai.trae.content.newsletter.NewsletterProblem;
import ai.trae.content.newsletter.NewsletterRateLimits;
import ai.trae.content.newsletter.audience.Confirmations;
import ai.trae.content.newsletter.audience.EmailAddresses;
import ai.trae.content.newsletter.audience.NewsletterLists;
import ai.trae.content.newsletter.audience.Signups;
import ai.trae.platform.ratelimit.RateLimiter;
import ai.trae.platform.web.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The public signup form's endpoint and the double opt-in confirmation, without an account. */
@Tag(name = "Newsletter signup", description = "Public signup and confirmation")
@RestController
class SignupController {

  static final String ANSWER =
      "If this address can be subscribed, a mail with a confirmation link is on its way.";

  private final Signups signups;
  private final Confirmations confirmations;
  private final NewsletterLists lists;
  private final RateLimiter limits;

  SignupController(
      Signups signups, Confirmations confirmations, NewsletterLists lists, RateLimiter limits) {
    this.signups = signups;
    this.confirmations = confirmations;
    this.lists = lists;
    this.limits = limits;
  }

  record SignupRequest(
      @NotBlank @Size(max = EmailAddresses.MAX_LENGTH) String email,
      @Nullable @Size(max = 200) String name) {}

  record SignupAnswer(String message) {}

  record ConfirmRequest(@NotBlank @Size(max = 128) String token) {}

  record Confirmed(UUID listId, String listName, String email) {}

  @Operation(
      summary = "Sign up for a list (double opt-in)",
      description =
          "Always 202 with the same answer, whether the address is new, pending, confirmed or"
              + " unsubscribed: nobody can learn who is subscribed. A new, pending or unsubscribed"
              + " address is mailed a confirmation link. 429 past the newsletter-signup-ip or"
              + " newsletter-signup-address budget; 400 for an address that is not one."
              + ListsController.NOT_FOUND)
  @PermitAll
  @PostMapping("/api/v1/newsletter/lists/{listId}/signup")
  @ResponseStatus(HttpStatus.ACCEPTED)
  SignupAnswer signup(
      @PathVariable UUID listId,
      @Valid @RequestBody SignupRequest body,
      HttpServletRequest request) {
    limits.check(NewsletterRateLimits.SIGNUP_IP, request.getRemoteAddr());
    String email = SubscribersController.address(body.email());
    limits.check(NewsletterRateLimits.SIGNUP_ADDRESS, email);
    signups.signup(listId, email, ListsController.blankToNull(body.name()));
    return new SignupAnswer(ANSWER);
  }

  @Operation(
      summary = "Confirm a subscription with the token of its confirmation link",
      description =
          "Single use. 404 /problems/newsletter-link-invalid for an unknown, used or expired"
              + " token.")
  @PermitAll
  @PostMapping("/api/v1/newsletter/confirm")
  Confirmed confirm(@Valid @RequestBody ConfirmRequest body) {
    return confirmations
        .confirm(body.token())
        .map(s -> new Confirmed(s.listId(), lists.get(s.listId()).name(), s.email()))
        .orElseThrow(SignupController::invalid);
  }

  static ProblemException invalid() {
    return new ProblemException(
        NewsletterProblem.LINK_INVALID, "This link is unknown, expired or used.");
  }
}
