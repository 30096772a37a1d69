package vn.boiduong.documents.internal;

import vn.boiduong.documents.Cell;
import vn.boiduong.documents.RowStyle;
import vn.boiduong.documents.VietnameseDates;

/** How a cell reads in DOCX and PDF, where everything is text: "1.250", "12,5", "05/02/2027". */
public final class CellText {

    private CellText() {
    }

    public static String of(Cell cell) {
        if (cell instanceof Cell.Text t) {
            return t.text();
        }
        if (cell instanceof Cell.Number n) {
            return NumberText.format(n.number());
        }
        if (cell instanceof Cell.Date d) {
            return VietnameseDates.shortDate(d.date());
        }
        return "";
    }

    public static SerifFont font(RowStyle style) {
        return switch (style) {
            case GROUP, TOTAL -> SerifFont.BOLD;
            case DETAIL -> SerifFont.ITALIC;
            default -> SerifFont.REGULAR;
        };
    }
}
