package ai.trae.content.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import ai.trae.content.calendar.CalendarEntry;
import ai.trae.content.calendar.CalendarEntry.Kind;
import ai.trae.content.calendar.CalendarRange;
import ai.trae.content.calendar.ContentCalendar;
import ai.trae.content.calendar.ContentCalendar.Calendar;
import ai.trae.content.item.ContentItem;
import ai.trae.content.item.ContentStatus;
import ai.trae.content.item.ContentType;
import ai.trae.content.item.ItemContent;
import ai.trae.content.item.ItemContent.Seo;
import ai.trae.identity.Person;
import ai.trae.identity.UserId;
import ai.trae.platform.security.CurrentUser;
import ai.trae.support.ControllerTest;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** How the calendar reads its range, zone and channels, and what a page looks like. */
@ControllerTest(CalendarController.class)
class CalendarControllerTests {

  static final CurrentUser EDITOR =
      new CurrentUser(UUID.randomUUID(), "editor@example.com", UUID.randomUUID(), null);
  static final UUID ID = UUID.fromString("0193aaaa-0000-7000-8000-000000000001");
  static final UUID ADA = UUID.fromString("0193aaaa-0000-7000-8000-0000000000ad");

  @Autowired MockMvcTester mvc;
  @MockitoBean ContentCalendar calendar;

  @Test
  void localDatesAreMidnightInTheZoneSoADayWhenTheClocksGoBackIs25Hours() {
    given(calendar.read(any(), any())).willAnswer(call -> empty(call.getArgument(0)));

    assertThat(
            mvc.get()
                .uri(
                    "/api/v1/calendar?from=2030-10-27&to=2030-10-28&tz=Europe/Berlin"
                        + "&channel=blog&channel=bluesky&channel=")
                .with(signedIn("content:read")))
        .hasStatusOk()
        .bodyJson()
        .isLenientlyEqualTo(
            """
            {"from": "2030-10-26T22:00:00Z", "to": "2030-10-27T23:00:00Z",
             "zone": "Europe/Berlin", "items": [], "channels": [], "truncated": false}
            """);

    ArgumentCaptor<CalendarRange> range = ArgumentCaptor.forClass(CalendarRange.class);
    verify(calendar).read(range.capture(), eq(Set.of("blog", "bluesky")));
    assertThat(range.getValue().zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
  }

  @Test
  void anEntryCarriesItsLocalDayChannelsAuthorAndWhetherTheCallerMayMoveIt() {
    // 23:30 in Berlin on the long day: 22:30Z, the 27th there
    Instant at = Instant.parse("2030-10-27T22:30:00Z");
    given(calendar.read(any(), any()))
        .willAnswer(
            call ->
                new Calendar(
                    call.getArgument(0),
                    List.of(new CalendarEntry(item(ContentStatus.SCHEDULED), Kind.SCHEDULED, at)),
                    List.of("blog"),
                    false,
                    Map.of(
                        UserId.of(ADA),
                        new Person(UserId.of(ADA), "Ada", "A", "EDITOR", Person.Status.ACTIVE))));

    String query = "/api/v1/calendar?from=2030-10-21&to=2030-11-04&tz=Europe/Berlin";
    assertThat(mvc.get().uri(query).with(signedIn("content:read", "content:publish")))
        .hasStatusOk()
        .bodyJson()
        .isLenientlyEqualTo(
            """
            {"items": [{"id": "%s", "type": "social-post", "status": "scheduled", "title": "Hi",
               "kind": "scheduled", "at": "2030-10-27T22:30:00Z", "day": "2030-10-27",
               "channels": ["blog"], "author": {"id": "%s", "displayName": "Ada", "initials": "A"},
               "version": 4, "reschedulable": true}],
             "channels": ["blog"]}
            """
                .formatted(ID, ADA));
    assertThat(mvc.get().uri(query).with(signedIn("content:read")))
        .bodyJson()
        .extractingPath("$.items[0].reschedulable")
        .isEqualTo(false);
  }

  @Test
  void aMissingMalformedBackwardsOrTooLongRangeIsA400BeforeAnythingIsRead() {
    for (String query :
        List.of(
            "",
            "from=2030-01-01",
            "from=2030-01-01&to=soon",
            "from=2030-01-02&to=2030-01-02",
            "from=2030-01-01&to=2030-02-14",
            "from=2030-01-01T00:00:00Z&to=2030-02-13T00:00:01Z",
            "from=2030-01-01&to=2030-01-08&tz=Nowhere/Else",
            "from=2030-01-01&to=2030-01-08&channel=" + "x".repeat(101))) {
      assertThat(mvc.get().uri("/api/v1/calendar?" + query).with(signedIn("content:read")))
          .as(query)
          .hasStatus(400)
          .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }
    assertThat(
            mvc.get()
                .uri("/api/v1/calendar?from=2030-01-01&to=2030-01-08&tz=Nowhere/Else")
                .with(signedIn("content:read")))
        .bodyJson()
        .isLenientlyEqualTo(
            """
            {"type": "/problems/validation-failed", "errors": [{"field": "tz"}]}
            """);
    verifyNoInteractions(calendar);
  }

  @Test
  void instantsWithAnOffsetAreTakenAsTheyAre() {
    given(calendar.read(any(), any())).willAnswer(call -> empty(call.getArgument(0)));

    assertThat(
            mvc.get()
                .uri("/api/v1/calendar")
                .param("from", "2030-03-01T00:00:00+01:00")
                .param("to", "2030-04-12T00:00:00Z")
                .with(signedIn("content:read")))
        .hasStatusOk()
        .bodyJson()
        .isLenientlyEqualTo(
            """
            {"from": "2030-02-28T23:00:00Z", "to": "2030-04-12T00:00:00Z", "zone": "UTC"}
            """);
  }

  private static Calendar empty(CalendarRange range) {
    return new Calendar(range, List.of(), List.of(), false, Map.of());
  }

  private static ContentItem item(ContentStatus status) {
    Instant created = Instant.parse("2030-10-01T08:00:00Z");
    return new ContentItem(
        ID,
        ContentType.SOCIAL_POST,
        status,
        new ItemContent(
            "Hi",
            "hi",
            null,
            "",
            List.of(),
            null,
            Seo.NONE,
            List.of("blog"),
            List.of(),
            null,
            List.of(),
            List.of()),
        ADA,
        created,
        created,
        null,
        Instant.parse("2030-10-27T22:30:00Z"),
        null,
        4,
        3);
  }

  private static RequestPostProcessor signedIn(String... permissions) {
    return authentication(new TestingAuthenticationToken(EDITOR, null, permissions));
  }
}
