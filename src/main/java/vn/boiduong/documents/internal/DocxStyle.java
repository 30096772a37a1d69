package vn.boiduong.documents.internal;

/** Page and type measures shared by the DOCX template and the code that fills it. */
public final class DocxStyle {

    public static final String FONT = "Times New Roman";
    /** A4 in twips (1/20 point). */
    public static final int A4_WIDTH = 11906;
    public static final int A4_HEIGHT = 16838;
    /** Margins of Decree 30: top and bottom 20 mm, left 30 mm, right 15 mm. */
    public static final int MARGIN_TOP = 1134;
    public static final int MARGIN_BOTTOM = 1134;
    public static final int MARGIN_LEFT = 1701;
    public static final int MARGIN_RIGHT = 850;
    /** First-line indent of body paragraphs: 1.27 cm. */
    public static final int INDENT = 720;

    private DocxStyle() {
    }

    public static int twips(double mm) {
        return (int) Math.round(mm * 1440 / 25.4);
    }
}
