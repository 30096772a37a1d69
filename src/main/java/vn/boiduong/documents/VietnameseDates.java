package vn.boiduong.documents;

import java.time.LocalDate;

/** Dates as official documents write them (Decree 30, Appendix I). */
public final class VietnameseDates {

    private VietnameseDates() {
    }

    /**
     * "Bắc Giang, ngày 05 tháng 02 năm 2027": a leading zero for days under 10 and for months 1 and 2
     * only (so "tháng 3", "tháng 12"). A null date leaves the day and month blank for the signer,
     * with the given year.
     */
    public static String placeAndDate(String placeName, LocalDate date, int yearIfUndated) {
        String place = placeName == null || placeName.isBlank() ? "" : placeName.trim() + ", ";
        if (date == null) {
            return place + "ngày      tháng      năm " + yearIfUndated;
        }
        return place + "ngày " + day(date) + " tháng " + month(date) + " năm " + date.getYear();
    }

    public static String placeAndDate(String placeName, LocalDate date) {
        return placeAndDate(placeName, date, date.getYear());
    }

    /** dd/MM/yyyy, as everywhere else in the product. */
    public static String shortDate(LocalDate date) {
        return String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    private static String day(LocalDate date) {
        return String.format("%02d", date.getDayOfMonth());
    }

    private static String month(LocalDate date) {
        int m = date.getMonthValue();
        return m <= 2 ? "0" + m : Integer.toString(m);
    }
}
