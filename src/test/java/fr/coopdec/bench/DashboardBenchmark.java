package fr.coopdec.bench;

import fr.coopdec.CoopDecApplication;
import fr.coopdec.dashboard.Dashboard;
import fr.coopdec.dashboard.DashboardService;
import java.util.Arrays;
import java.util.function.Supplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The dashboard benchmark ({@code bash bench/dashboard.sh}; not a test). Starts the application on a
 * dedicated database with the demo data of {@code ./mvnw spring-boot:run} (generated on the first
 * run), then prints the median and p95 server time of the dashboard of each demo account's scope
 * (every module's figures, trends, alerts and the map) and of an authority's 360° page.
 */
public final class DashboardBenchmark {

    private static final int WARM_UP = 5;
    private static final int RUNS = 40;

    private DashboardBenchmark() {}

    public static void main(String[] args) {
        String url = System.getenv()
                .getOrDefault(
                        "COOPDEC_BENCH_DB_URL",
                        "jdbc:mariadb://127.0.0.1:3306/coopdec_bench_demo?createDatabaseIfNotExist=true");
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(CoopDecApplication.class)
                .run(
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username="
                                + System.getenv().getOrDefault("COOPDEC_BENCH_DB_USERNAME", "root"),
                        "--spring.datasource.password=" + System.getenv().getOrDefault("COOPDEC_BENCH_DB_PASSWORD", ""),
                        "--coopdec.demo.enabled=true",
                        "--spring.liquibase.contexts=main,demo",
                        "--logging.level.root=warn",
                        "--logging.level.fr.coopdec=info",
                        "--spring.main.banner-mode=off",
                        "--server.port=0",
                        "--server.address=127.0.0.1",
                        "--vaadin.productionMode=false")) {
            DashboardService service = ctx.getBean(DashboardService.class);
            UserDetailsService users = ctx.getBean(UserDetailsService.class);
            System.out.printf("%n== Dashboard server time on the demo data, ms ==%n");
            System.out.printf("%-44s %9s %9s %9s%n", "page", "median", "p95", "figures");
            signIn(users, "admin@coopdec.fr");
            print("DAECT, all of France", () -> service.dashboard(null));
            print("DAECT, one country (BJ)", () -> service.dashboard("BJ"));
            signIn(users, "poste.benin@coopdec.fr");
            print("embassy post (its country, BJ)", () -> service.dashboard(null));
            signIn(users, "collectivite@coopdec.fr");
            print("local authority (itself, Lyon)", () -> service.dashboard(null));
            double[] authority = time(() -> service.authority("69123", java.util.Locale.FRENCH));
            System.out.printf("%-44s %9.1f %9.1f %9s%n", "360° page of Lyon", median(authority), p95(authority), "-");
            System.out.printf("%nGoal: the dashboard in under 300 ms of server time.%n");
        }
    }

    private static void print(String name, Supplier<Dashboard> dashboard) {
        double[] millis = time(dashboard::get);
        System.out.printf(
                "%-44s %9.1f %9.1f %9d%n",
                name, median(millis), p95(millis), dashboard.get().figures().size());
    }

    private static void signIn(UserDetailsService users, String email) {
        UserDetails user = users.loadUserByUsername(email);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    private static double[] time(Supplier<?> action) {
        for (int i = 0; i < WARM_UP; i++) {
            action.get();
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            action.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }

    private static double median(double[] sorted) {
        return sorted[sorted.length / 2];
    }

    private static double p95(double[] sorted) {
        return sorted[(int) Math.ceil(sorted.length * 0.95) - 1];
    }
}
