package org.waterfall.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.waterfall.cli.WaterfallCommand;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.projection.ClassProjection;
import org.waterfall.projection.ProjectionFixtures;
import org.waterfall.projection.ProjectionOptions;
import org.waterfall.projection.Projector;
import org.waterfall.projection.ScenarioResult;
import org.waterfall.statement.StatementParser;
import org.waterfall.verify.Status;
import org.waterfall.verify.VerificationReport;
import org.waterfall.verify.Verifier;

/**
 * Both HTML reports, written by the real commands, opened in headless Chromium from the system's packages (driven
 * through its own chromedriver: nothing is downloaded): no script errors, the key elements and the engine's numbers are
 * on the page, the page's scripts work, and screenshots of the expected size that are not blank. One browser for all
 * the checks. CI (CI=true) installs Chromium and fails here without it; elsewhere the test is skipped, saying why.
 *
 * <p>Screenshots go to {@code target/report-screenshots}, or to {@code -Dscreenshots.dir=docs} for the README's.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HtmlReportsInBrowserTest {

    /** Debian's Chromium and its driver; {@code -Dchromium=} and {@code -Dchromedriver=} name others. */
    private static final Path CHROMIUM = Path.of(System.getProperty("chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("chromedriver", "/usr/bin/chromedriver"));
    private static final String DEAL = "deals/boams-2002-k/deal.yaml";
    private static final String STATEMENT = "deals/boams-2002-k/statements/2003-11-20.txt";
    private static final String REMIC = "deals/fnr-2006-018/deal.yaml";
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 1500;

    private static Path dir;
    private static Path profile;
    private static Path screenshots;
    private static ChromeDriver browser;
    /** Why the browser tests are skipped, or null. */
    private static String missing;

    @BeforeAll
    static void writeTheReportsAndStartChromium() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String message = "headless Chromium is not installed (" + CHROMIUM + ", " + CHROMEDRIVER + "): apt-get install -y chromium "
                    + "chromium-driver (.ci/run installs them)";
            if ("true".equals(System.getenv("CI"))) {
                fail(message + "; on CI the HTML reports must be tested in a browser");
            }
            missing = message + "; the HTML reports are not tested in a browser on this machine";
            System.err.println("HtmlReportsInBrowserTest skipped: " + missing);
            return;
        }
        dir = Files.createTempDirectory("waterfall-html");
        profile = Files.createTempDirectory("waterfall-chromium-profile");
        screenshots = Path.of(System.getProperty("screenshots.dir", "target/report-screenshots"));
        Files.createDirectories(screenshots);
        assertEquals(1, cli("verify", DEAL, STATEMENT, "--format", "html", "--out", dir.resolve("verify.html").toString()));
        assertEquals(0, cli("project", DEAL, "--from", STATEMENT, "--cpr", "0,10,30,60", "--format", "html", "--out", dir.toString()));
        Files.createDirectories(dir.resolve("remic"));
        assertEquals(0, cli("project", REMIC, "--psa", "0,100,250", "--format", "html", "--out", dir.resolve("remic").toString()));

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                "--force-device-scale-factor=1", "--window-size=" + WIDTH + "," + HEIGHT, "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        // the driver's path is given, so Selenium Manager is never asked to find (or download) one
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        // the window's size includes the headless browser's own bars: fix the page's viewport instead
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", WIDTH, "height", HEIGHT, "deviceScaleFactor", 1, "mobile", false));
    }

    @BeforeEach
    void skipWithoutChromium() {
        Assumptions.assumeTrue(missing == null, missing);
    }

    @AfterAll
    static void stopChromium() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        for (Path p : new Path[] {dir, profile}) {
            if (p != null) {
                try (Stream<Path> files = Files.walk(p)) {
                    files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
                }
            }
        }
    }

    private static int cli(String... args) {
        StringWriter err = new StringWriter();
        int exit = WaterfallCommand.mainWithoutExit(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals("", err.toString());
        return exit;
    }

    /** Loads a report and checks it asked for nothing else: no stylesheet, script, image or font from anywhere. */
    private static void open(String file) {
        browser.get(dir.resolve(file).toUri().toString());
        assertEquals("complete", browser.executeScript("return document.readyState"));
        assertEquals(List.of(), browser.executeScript(
                "return performance.getEntriesByType('resource').map(function (e) { return e.name; })"), "resources loaded");
    }

    /** Every SEVERE entry in the browser's console since the last call: script errors, failed loads. */
    private static List<String> consoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry e : browser.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(e.getMessage());
            }
        }
        return errors;
    }

    private static String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    /** A screenshot of the window, saved, checked to be a PNG of the window's size with the given colours in it. */
    private static BufferedImage screenshot(String name, int... expectedRgb) throws IOException {
        byte[] png = browser.getScreenshotAs(OutputType.BYTES);
        Files.write(screenshots.resolve(name), png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertNotNull(image, name + " is not a PNG");
        assertEquals(WIDTH, image.getWidth(), name);
        assertEquals(HEIGHT, image.getHeight(), name);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        assertTrue(colours.size() >= 50, name + ": only " + colours.size() + " colours: blank or nearly");
        for (int rgb : expectedRgb) {
            assertTrue(colours.contains(rgb), name + ": no pixel of #" + Integer.toHexString(rgb));
        }
        return image;
    }

    @Test
    @Order(1)
    void theVerifyReportRendersItsCountsAndDiscrepanciesWithoutScriptErrors() throws IOException {
        open("verify.html");
        assertEquals(List.of(), consoleErrors());
        ResolvedDeal deal = ProjectionFixtures.boams();
        VerificationReport report = Verifier.verify(deal, StatementParser.parse(Path.of(STATEMENT)));
        assertEquals("426", text("#count-read"));
        for (Status s : Status.values()) {
            assertEquals(Long.toString(report.count(s)), text("#count-" + s.name()), s.name());
        }
        assertEquals("Differences found", text("#result"));
        WebElement first = browser.findElement(By.cssSelector("table.discrepancies tbody tr"));
        assertEquals("class.B6.principal", first.getDomAttribute("data-id"));
        assertEquals("88,194.74", first.findElement(By.cssSelector("td.reported")).getText());
        assertEquals("88,194.92", first.findElement(By.cssSelector("td.computed")).getText());
        assertEquals((long) report.figures().size(), browser.executeScript("return document.querySelectorAll('pre.statement .fig').length"));
        screenshot("verify-report.png", 0x16324f, 0xb42318, 0x1e7b45, 0x1f5f99);
    }

    @Test
    @Order(2)
    void clickingAFigureInTheStatementShowsHowItWasChecked() throws IOException {
        WebElement b6 = browser.findElement(By.cssSelector("pre.statement .fig[data-id='class.B6.principal']"));
        assertEquals("88,194.74", b6.getText());
        assertTrue(b6.getDomAttribute("class").contains("DISCREPANCY"));
        assertTrue(b6.getDomAttribute("title").contains("the shortfall was taken from class B6"), "the reason shows on hover");
        browser.findElement(By.cssSelector("table.discrepancies a.goto[href]")).click();
        String detail = text("#detail");
        assertTrue(detail.startsWith("class.B6.principal"), detail);
        assertTrue(detail.contains("88,194.92") && detail.contains("-0.18") && detail.contains("DISCREPANCY"), detail);
        assertTrue(b6.getDomAttribute("class").contains("selected"));
        WebElement tied = browser.findElement(By.cssSelector("pre.statement .fig[data-id='class.A1.principal']"));
        tied.click();
        assertTrue(text("#detail").startsWith("class.A1.principal"), text("#detail"));
        browser.findElement(By.cssSelector("#legend input[data-status='TIED_OUT']")).click();
        assertEquals(Boolean.TRUE, browser.executeScript("return document.body.classList.contains('hide-TIED_OUT')"));
        browser.findElement(By.cssSelector("#legend input[data-status='TIED_OUT']")).click();
        b6.click();
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", b6);
        assertEquals(List.of(), consoleErrors());
        screenshot("verify-statement.png", 0xb42318);
    }

    @Test
    @Order(3)
    void theProjectionReportShowsTheEnginesWalsChartsAndDecrementTables() throws IOException {
        open("projection.html");
        assertEquals(List.of(), consoleErrors());
        Projector projector = new Projector(ProjectionFixtures.boams(), ProjectionFixtures.boamsStart(), ProjectionOptions.defaults());
        @SuppressWarnings("unchecked")
        Map<String, String> shown = (Map<String, String>) browser.executeScript("var m = {};"
                + "document.querySelectorAll('table.summary tr[data-class]').forEach(function (r) {"
                + "  m[r.dataset.class + ' @ ' + r.dataset.scenario] = r.querySelector('td.wal').textContent; });"
                + "return m;");
        int compared = 0;
        for (double cpr : new double[] {0, 10, 30, 60}) {
            ScenarioResult r = projector.run(ProjectionFixtures.cpr(cpr));
            for (ClassProjection c : r.classes()) {
                if (c.isActive()) {
                    assertEquals(HtmlPage.years(c.wal()), shown.get(c.name() + " @ " + r.scenario().name()), c.name() + " " + r.scenario().name());
                    compared++;
                }
            }
        }
        assertEquals(shown.size(), compared);
        assertEquals("6.92", shown.get("A1 @ 10 CPR"));
        assertEquals(1L, browser.executeScript("return document.querySelectorAll('#balance-by-scenario svg').length"));
        assertEquals(1L, browser.executeScript("return document.querySelectorAll('figure.wal-speed svg').length"));
        assertTrue(((Long) browser.executeScript("return document.querySelectorAll('table.decrement').length")) > 10);
        WebElement legend = browser.findElement(By.cssSelector("#balance-by-scenario svg .legend"));
        assertEquals("0 CPR\n10 CPR\n30 CPR\n60 CPR", legend.getText());
        assertTrue(browser.findElement(By.cssSelector("#balance-by-scenario svg")).getSize().getHeight() > 200, "the chart has room");

        WebElement first = browser.findElement(By.cssSelector("section.scenario-charts[data-scenario='0']"));
        WebElement third = browser.findElement(By.cssSelector("section.scenario-charts[data-scenario='2']"));
        assertTrue(first.isDisplayed());
        assertFalse(third.isDisplayed());
        browser.findElement(By.cssSelector("#scenario-select option[value='2']")).click();
        assertFalse(first.isDisplayed());
        assertTrue(third.isDisplayed());
        browser.findElement(By.cssSelector("#scenario-select option[value='1']")).click();
        browser.executeScript("document.getElementById('charts').scrollIntoView()");
        assertEquals(List.of(), consoleErrors());
        screenshot("project-report.png", 0x4e79a7, 0x1f4e79, 0xb2182b);
    }

    @Test
    @Order(4)
    void theRemicReportShowsTheLivesChartsAndDecrementTablesWithoutScriptErrors() throws IOException {
        open("remic/projection.html");
        assertEquals(List.of(), consoleErrors());
        assertEquals("10.1", text("table.summary tbody tr:first-child td:nth-child(3)"), "PA at 0% PSA, as published");
        assertEquals(15L, browser.executeScript("return document.querySelectorAll('table.decrement').length"), "one per class");
        assertEquals("0 PSA\n100 PSA\n250 PSA", browser.findElement(By.cssSelector("#balance-by-scenario svg .legend")).getText());
        WebElement first = browser.findElement(By.cssSelector("section.scenario-charts[data-scenario='0']"));
        WebElement last = browser.findElement(By.cssSelector("section.scenario-charts[data-scenario='2']"));
        assertTrue(first.isDisplayed());
        assertFalse(last.isDisplayed());
        browser.findElement(By.cssSelector("#scenario-select option[value='2']")).click();
        assertFalse(first.isDisplayed());
        assertTrue(last.isDisplayed());
        browser.executeScript("document.getElementById('charts').scrollIntoView()");
        assertEquals(List.of(), consoleErrors());
        screenshot("remic-report.png", 0x4e79a7, 0x1f4e79);
    }

    @Test
    @Order(5)
    void aScriptErrorWouldBeSeen() {
        browser.executeScript("setTimeout(function () { throw new Error('probe of the console check'); }, 0)");
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < 50 && errors.isEmpty(); i++) {
            errors = consoleErrors();
        }
        assertTrue(errors.stream().anyMatch(e -> e.contains("probe of the console check")), errors.toString());
    }
}
