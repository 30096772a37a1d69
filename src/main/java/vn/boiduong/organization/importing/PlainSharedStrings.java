package vn.boiduong.organization.importing;

import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.xssf.model.SharedStrings;

/**
 * The workbook's shared strings as plain text, each converted once. POI's read-only table makes a
 * new rich-text (XMLBeans) object on every lookup; a 50,000-row sheet looks strings up 700,000 times,
 * mostly the same few (unit codes, categories, "Không"), so this keeps the streaming read cheap.
 */
final class PlainSharedStrings implements SharedStrings {

    private final SharedStrings source;
    private final RichTextString[] converted;

    PlainSharedStrings(SharedStrings source) {
        this.source = source;
        this.converted = new RichTextString[Math.max(0, source.getUniqueCount())];
    }

    @Override
    public RichTextString getItemAt(int idx) {
        if (idx < 0 || idx >= converted.length) {
            return source.getItemAt(idx);
        }
        RichTextString text = converted[idx];
        if (text == null) {
            text = new Plain(source.getItemAt(idx).getString());
            converted[idx] = text;
        }
        return text;
    }

    @Override
    public int getCount() {
        return source.getCount();
    }

    @Override
    public int getUniqueCount() {
        return source.getUniqueCount();
    }

    /** Read-only text without formatting runs; the sheet handler only asks for its string. */
    private record Plain(String text) implements RichTextString {
        @Override
        public String getString() {
            return text;
        }

        @Override
        public String toString() {
            return text;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public int numFormattingRuns() {
            return 0;
        }

        @Override
        public int getIndexOfFormattingRun(int index) {
            return 0;
        }

        @Override
        public void applyFont(int startIndex, int endIndex, short fontIndex) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void applyFont(int startIndex, int endIndex, Font font) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void applyFont(Font font) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void clearFormatting() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void applyFont(short fontIndex) {
            throw new UnsupportedOperationException();
        }
    }
}
