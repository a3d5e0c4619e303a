package org.waterfall.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HtmlPageTest {

    @Test
    void escapesEveryCharacterThatCouldOpenMarkupOrCloseAnAttribute() {
        assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;",
                HtmlPage.escape("<script>alert('x')</script> & \"q\""));
    }

    @Test
    void plainTextComesBackUnchangedAndNullAsEmpty() {
        String plain = "class.B6.principal 88,194.74";
        assertSame(plain, HtmlPage.escape(plain));
        assertEquals("", HtmlPage.escape(null));
    }

    @Test
    void aPageInlinesItsStyleAndScriptAndLoadsNothing() {
        String page = HtmlPage.page("a <title>", "<p>body</p>\n", "var x = 1;\n");
        assertTrue(page.startsWith("<!DOCTYPE html>"));
        assertTrue(page.contains("<title>a &lt;title&gt;</title>"));
        assertTrue(page.contains("<style>\n:root"));
        assertTrue(page.contains("<script>\nvar x = 1;\n</script>"));
        assertFalse(page.contains("<link"), "no stylesheet is fetched");
        assertFalse(page.contains("src="), "no script or image is fetched");
        assertFalse(page.contains("@import"));
        assertFalse(page.contains("url("));
    }

    @Test
    void aPageWithoutScriptHasNoScriptElement() {
        assertFalse(HtmlPage.page("t", "<p>b</p>", null).contains("<script"));
    }

    @Test
    void figuresReadAsTheStatementPrintsThem() {
        assertEquals("88,194.74", HtmlPage.figure(new BigDecimal("88194.74")));
        assertEquals("426", HtmlPage.figure(new BigDecimal("426")));
        assertEquals("30.273222", HtmlPage.figure(new BigDecimal("30.273222")));
        assertEquals("-0.18", HtmlPage.figure(new BigDecimal("-0.18")));
        assertEquals("", HtmlPage.figure(null));
        assertEquals("350,695,141.05", HtmlPage.money(new BigDecimal("350695141.05")));
    }

    @Test
    void yearsAndDatesShowADashWhenThereAreNone() {
        assertEquals("6.92", HtmlPage.years(6.9249));
        assertEquals("-", HtmlPage.years(null));
        assertEquals("2027-06-21", HtmlPage.date(LocalDate.of(2027, 6, 21)));
        assertEquals("-", HtmlPage.date(null));
    }
}
