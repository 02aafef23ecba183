package ai.trae.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The firewall's character rules without regexes answer exactly as Spring Security's regexes. */
class FirewallCharactersTests {

  private static final Pattern NAMES = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
  private static final Pattern VALUES =
      Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

  @Test
  void everyCodePointAloneIsJudgedAsTheRegexesJudgeIt() {
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      String s = new String(Character.toChars(cp));
      assertThat(FirewallCharacters.assignedAndNotControl(s))
          .as("U+%04X as a name", cp)
          .isEqualTo(NAMES.matcher(s).matches());
      assertThat(FirewallCharacters.assignedAndNotControlOrTab(s))
          .as("U+%04X as a value", cp)
          .isEqualTo(VALUES.matcher(s).matches());
    }
  }

  @Test
  void mixedStringsWithLoneSurrogatesAreJudgedAsTheRegexesJudgeThem() {
    SplittableRandom random = new SplittableRandom(7);
    char[] pool = {
      'a', 'Z', ' ', '~', '\t', '\n', '\u0000', '\u007f', '\u00e9', '\u0378', '\ud83d', '\ude00',
      '\ud800', '\udfff', '\ufffe', '\u2028'
    };
    for (int n = 0; n < 200_000; n++) {
      StringBuilder s = new StringBuilder();
      int length = random.nextInt(12);
      for (int i = 0; i < length; i++) {
        s.append(pool[random.nextInt(pool.length)]);
      }
      String value = s.toString();
      assertThat(FirewallCharacters.assignedAndNotControl(value))
          .as("%s as a name", value.chars().mapToObj(Integer::toHexString).toList())
          .isEqualTo(NAMES.matcher(value).matches());
      assertThat(FirewallCharacters.assignedAndNotControlOrTab(value))
          .as("%s as a value", value.chars().mapToObj(Integer::toHexString).toList())
          .isEqualTo(VALUES.matcher(value).matches());
    }
  }
}
