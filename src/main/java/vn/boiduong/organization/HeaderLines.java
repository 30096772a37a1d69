package vn.boiduong.organization;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * An agency's name as typed in its settings, one header line per line of text: the breaks are kept
 * (the header prints them), the spaces around them and empty lines are not.
 */
final class HeaderLines {

    private HeaderLines() {
    }

    /** "Ủy ban nhân dân \r\n\r\n tỉnh Bắc Giang" → "Ủy ban nhân dân\ntỉnh Bắc Giang". */
    static String normalize(String text) {
        if (text == null) {
            return null;
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty())
                .collect(Collectors.joining("\n"));
    }

    /** The same name on one line: the breaks become spaces. */
    static String oneLine(String text) {
        return text == null ? null : text.replaceAll("\\s*\\R\\s*", " ");
    }
}
