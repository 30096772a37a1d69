package vn.boiduong.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips (locally) or fails (in CI) a test class whose database or browser is missing, before any
 * Spring context is started.
 */
public class RequiresExternal implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if ("postgres".equals(External.database()) && !External.postgresReachable()) {
            return absent("PostgreSQL không có tại 127.0.0.1:5432 (PostgreSQL is not reachable)");
        }
        // a BrowserTest, or a browser test on a context of its own (named …BrowserIT)
        boolean browser = context.getTestClass().map(c -> BrowserTest.class.isAssignableFrom(c)
                || c.getSimpleName().endsWith("BrowserIT")).orElse(false);
        if (browser && !External.chromiumPresent()) {
            return absent("Chromium/chromedriver không có tại " + External.CHROMIUM + " (install Debian's chromium "
                    + "and chromium-driver)");
        }
        return ConditionEvaluationResult.enabled("external resources present");
    }

    private static ConditionEvaluationResult absent(String why) {
        if (External.required()) {
            throw new IllegalStateException("Required in CI but missing: " + why);
        }
        System.out.println("SKIPPED: " + why);
        return ConditionEvaluationResult.disabled(why);
    }
}
