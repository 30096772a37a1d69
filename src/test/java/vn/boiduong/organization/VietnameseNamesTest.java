package vn.boiduong.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class VietnameseNamesTest {

    @Test
    void givenNameComesFirst() {
        assertThat(VietnameseNames.givenNameFirst("  Nguyễn   Văn  An ")).isEqualTo("An Nguyễn Văn");
        assertThat(VietnameseNames.givenNameFirst("Lan")).isEqualTo("Lan");
    }

    @Test
    void sortKeysOrderNamesTheVietnameseWay() {
        List<String> names = new ArrayList<>(List.of("Trần Văn Đạt", "Nguyễn Thị Ánh", "Lê Văn Dũng",
                "Phạm Thị Ăn", "Bùi Văn An", "Nguyễn Văn An", "Hoàng Thị Âu", "Đỗ Văn Bình"));
        names.sort(Comparator.comparing(VietnameseNames::sortKey));
        // An (Bùi before Nguyễn), Ánh, Ăn, Âu, Bình, Dũng, Đạt
        assertThat(names).containsExactly("Bùi Văn An", "Nguyễn Văn An", "Nguyễn Thị Ánh", "Phạm Thị Ăn",
                "Hoàng Thị Âu", "Đỗ Văn Bình", "Lê Văn Dũng", "Trần Văn Đạt");
        List<String> byCollator = new ArrayList<>(names);
        byCollator.sort(VietnameseNames::compare);
        assertThat(byCollator).isEqualTo(names);
    }

    @Test
    void foldingDropsDiacriticsAndCase() {
        assertThat(VietnameseNames.fold("Đặng Thị Hồng ÁNH")).isEqualTo("dang thi hong anh");
        assertThat(Staff.searchTextOf("Lê Quang Vinh", "SNV006")).isEqualTo("le quang vinh snv006");
    }
}
