package vn.boiduong.delivery;

/** A learner's result of a class. */
public enum Outcome {
    COMPLETED("Hoàn thành"), NOT_COMPLETED("Không hoàn thành");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
