package vn.boiduong.delivery;

/** A learner's mark for one session: present, absent with leave, absent without leave. */
public enum Presence {
    PRESENT("Có mặt", "C"), EXCUSED("Vắng có phép", "P"), ABSENT("Vắng không phép", "K");

    private final String label;
    private final String letter;

    Presence(String label, String letter) {
        this.label = label;
        this.letter = letter;
    }

    public String label() {
        return label;
    }

    /** The one-letter mark of the printed attendance sheet (C, P, K). */
    public String letter() {
        return letter;
    }
}
