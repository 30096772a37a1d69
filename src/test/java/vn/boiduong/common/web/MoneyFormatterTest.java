package vn.boiduong.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.ParseException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.format.support.FormattingConversionService;
import org.springframework.validation.DataBinder;

class MoneyFormatterTest {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private final MoneyFormatter money = new MoneyFormatter();

    @Test
    void readsMoneyAsPeopleTypeIt() throws ParseException {
        for (String typed : new String[] {"12.000.000", "12000000", "12.000.000 đ", "12.000.000đ", " 12 000 000 ",
                "12.000.000 VNĐ", "12\u00a0000\u00a0000 đồng"}) {
            assertThat(money.parse(typed, VI)).as(typed).isEqualTo(12_000_000L);
        }
        assertThat(money.parse("0", VI)).isZero();
    }

    @Test
    void refusesWhatIsNotAnAmount() {
        for (String typed : new String[] {"một triệu", "12,5", "12.00.000", "1.2", "-5", "12.000.000 USD",
                "1234567890123456", "đ"}) {
            assertThatThrownBy(() -> money.parse(typed, VI)).as(typed).isInstanceOf(ParseException.class);
        }
    }

    @Test
    void showsAnAmountWithDotsAndNoSign() {
        assertThat(money.print(1_250_000L, VI)).isEqualTo("1.250.000");
        assertThat(money.print(0L, VI)).isEqualTo("0");
    }

    /** Through a binder, as a page binds it: an empty field is no amount; a bad one a typeMismatch of the field. */
    @Test
    void bindsAnnotatedFields() {
        FormattingConversionService conversions = new FormattingConversionService();
        conversions.addFormatterForFieldAnnotation(new MoneyFormatter.Annotated());
        Form form = new Form();
        DataBinder binder = new DataBinder(form, "form");
        binder.setConversionService(conversions);

        binder.bind(new org.springframework.beans.MutablePropertyValues(java.util.Map.of("cost", "3.500.000 đ")));
        assertThat(form.cost).isEqualTo(3_500_000L);
        binder.bind(new org.springframework.beans.MutablePropertyValues(java.util.Map.of("cost", "")));
        assertThat(form.cost).isNull();
        binder.bind(new org.springframework.beans.MutablePropertyValues(java.util.Map.of("cost", "ba triệu")));
        assertThat(binder.getBindingResult().getFieldError("cost").getCodes()).contains("typeMismatch.cost");
    }

    public static class Form {
        @MoneyFormat
        private Long cost;

        public Long getCost() { return cost; }
        public void setCost(Long cost) { this.cost = cost; }
    }
}
