package vn.boiduong.planning;

/** Who pays: forms 2a/2b count the budget by these sources. */
public enum FundingSource {
    CENTRAL("Ngân sách trung ương"), LOCAL("Ngân sách địa phương"), OTHER("Nguồn khác");

    private final String label;

    FundingSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
