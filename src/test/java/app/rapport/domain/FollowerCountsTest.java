package app.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FollowerCountsTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "12400   | 12400",
        "12,400  | 12400",
        "12.4K   | 12400",
        "12.4k   | 12400",
        "1.2M    | 1200000",
        "475.8m  | 475800000",
        "29.0b   | 29000000000",
        "1 200   | 1200",
        "0       | 0",
    })
    void countsAreReadAsPeopleWriteThem(String text, long expected) {
        assertThat(FollowerCounts.parse(text)).hasValue(expected);
    }

    @Test
    void emptyMeansUnknown() {
        assertThat(FollowerCounts.parse("  ")).isEmpty();
        assertThat(FollowerCounts.parse(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-5", "lots", "12.4.4", "1,2"})
    void nonsenseIsRefused(String text) {
        assertThatThrownBy(() -> FollowerCounts.parse(text)).isInstanceOf(NumberFormatException.class);
    }

    @ParameterizedTest(name = "{0} shows as {1}")
    @CsvSource({"950, 950", "1000, 1K", "12345, 12.3K", "999999, 999.9K", "1200000, 1.2M", "3000000000, 3B"})
    void largeCountsAreAbbreviated(long count, String shown) {
        assertThat(FollowerCounts.abbreviate(count)).isEqualTo(shown);
    }
}
