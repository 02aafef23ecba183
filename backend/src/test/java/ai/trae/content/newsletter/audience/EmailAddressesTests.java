package ai.trae.content.newsletter.audience;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailAddressesTests {

  @Test
  void addressesAreTrimmedAndLowerCased() {
    assertThat(EmailAddresses.normalise("  Ann.Lee+news@Example.ORG "))
        .hasValue("ann.lee+news@example.org");
  }

  @Test
  void whatIsNotOneAddressIsRefused() {
    assertThat(EmailAddresses.normalise("")).isEmpty();
    assertThat(EmailAddresses.normalise("ann")).isEmpty();
    assertThat(EmailAddresses.normalise("ann@localhost")).isEmpty();
    assertThat(EmailAddresses.normalise("Ann <ann@example.org>")).isEmpty();
    assertThat(EmailAddresses.normalise("a@b.org, c@d.org")).isEmpty();
    assertThat(EmailAddresses.normalise("a@@b.org")).isEmpty();
    assertThat(EmailAddresses.normalise("a b@c.org")).isEmpty();
    assertThat(EmailAddresses.normalise("x".repeat(250) + "@b.org")).isEmpty();
  }
}
