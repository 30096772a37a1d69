package vn.boiduong.documents;

import java.util.ArrayList;
import java.util.List;

/**
 * The list under "Nơi nhận:". Agency settings hold it as free text, one recipient a line; this puts
 * it in the official form: each line "- …;", and the filing line "- Lưu: VT, VP." last.
 */
public final class Recipients {

    public static final String DEFAULT_FILING = "VT, VP";

    private Recipients() {
    }

    /**
     * @param text   one recipient a line, with or without the leading dash and trailing semicolon
     * @param filing who keeps the copies ("VT, VP"); appended unless the text already has a "Lưu" line
     */
    public static List<String> from(String text, String filing) {
        List<String> names = new ArrayList<>();
        String filingLine = null;
        if (text != null) {
            for (String raw : text.split("\\R")) {
                String line = raw.strip().replaceFirst("^[-–•+]\\s*", "").replaceFirst("[;.,]+$", "").strip();
                if (line.isEmpty()) {
                    continue;
                }
                if (line.startsWith("Lưu:") || line.startsWith("Lưu ")) {
                    filingLine = "- " + line + ".";
                } else {
                    names.add("- " + line + ";");
                }
            }
        }
        if (filingLine == null) {
            filingLine = "- Lưu: " + (filing == null || filing.isBlank() ? DEFAULT_FILING : filing.strip()) + ".";
        }
        names.add(filingLine);
        return List.copyOf(names);
    }

    public static List<String> from(String text) {
        return from(text, DEFAULT_FILING);
    }
}
