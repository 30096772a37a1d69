package vn.boiduong.planning;

/** A class the agency hosts itself, or places bought on another institution's course. */
public enum ItemKind {
    HOSTED("Tổ chức lớp"), EXTERNAL("Cử đi học");

    private final String label;

    ItemKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
